# fractions: arithmetic, normalization, from_float, limit_denominator, comparisons.
from fractions import Fraction
a = Fraction(3, 4)
b = Fraction("1/6")
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a))
print(Fraction(6, -8), Fraction(0.5), Fraction.from_float(0.1), Fraction("3.25"))
print(Fraction(3.14159).limit_denominator(100), a < b, a == 0.75, float(a), int(Fraction(7, 2)))
print(round(Fraction(7, 3), 2), a.numerator, a.denominator, repr(a), str(Fraction(4, 2)))
print(sum([Fraction(1, n) for n in range(1, 6)]), Fraction(1, 3) + 1, 2 * Fraction(1, 3))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
