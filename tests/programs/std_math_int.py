# math: exact integer functions: factorial (big), isqrt, comb, perm, gcd and lcm of many
# arguments, prod (ints, floats, start, other types), fsum (exact, special values, errors).
import math

print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(1000))), math.factorial(1000) % (10**20 + 39))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 2), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(30, 15), math.perm(5, None))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2.0]), math.prod([2, 0.5]), math.prod([3], start=2), math.prod(["ab"], start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1.0]))
print(math.fsum([1e308, 1e308, -1e308]) if False else "skip", math.fsum([0.3, 0.6, 0.1, -1.0]), math.fsum(x / 7 for x in range(50)))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.factorial("5"), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
            lambda: math.comb(-1, 2), lambda: math.comb(5, -2), lambda: math.perm(-3), lambda: math.perm(3, -1), lambda: math.comb(5.0, 2),
            lambda: math.gcd(1.5), lambda: math.lcm(2, "3"), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.fsum(["a"]), lambda: math.prod()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


print(math.gcd(Idx(), 21), math.comb(Idx(), 2), math.factorial(Idx()), math.isqrt(Idx()))
