# Checks: float arithmetic, int/float mixing, floor division and modulo with floats.
a = 7.5
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(3 * 1.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 9 ** 0.5)
print(1.5 + 1.5 == 3, 3.0 == 3, int(3.99), int(-3.99), int(1e10))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(abs(-2.5), -abs(2.5), max(1, 2.5), min(-1.5, -1))
print(sum([0.5, 0.25, 0.125]), sum([1, 2, 3], 0.5))
print(1e308 * 10 > 1e308, 0.1 + 0.2 > 0.3)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.005, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.4)), type(round(7.4, 1)))
print(float(7) / 2, 7 / float(2), 1 / 8 * 8)
