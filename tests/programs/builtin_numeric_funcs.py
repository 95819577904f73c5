# divmod, pow with three arguments, round, abs, sum with start, over ints, floats, bools and bigs
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (10**20, 7), (-(10**20), 7), (True, 2), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(1e308, 1e-308)[1] >= 0, divmod(-0.0, 1), divmod(0.0, -1), divmod(5, 1.5))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5), pow(0, 0), pow(0.0, 0), pow(-8, 1 / 3).real > 0)
print(pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 10, -3), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(10**30, 10**5, 10**9 + 9), pow(True, 2, 2))
for args in [(2, -1, 4), (2, 2, 0), (2.0, 2, 3), (2, 2.0, 3), (0, -1), (0.0, -1), ("2", 2), (2, 1, None)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(abs(-5), abs(-2.5), abs(-0.0), abs(True), abs(-(10**30)), abs(3 + 4j), abs(float("-inf")))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1.5, 2]), sum([True, True]), sum([], 5), sum(range(101)), sum([10**20, 1.5]), sum([1j, 2]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum(x * x for x in range(10)), sum(start=1, iterable=[2]) if False else sum([2], start=1))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5),
            lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod("a", 1), lambda: abs("x"), lambda: sum([[1]])]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(0.5), round(1.5), round(-2.5), round(7, 0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(round(True), round(12345, -2), round(-12355, -1), round(2**70, -20), round(1.23456, ndigits=3))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2))
