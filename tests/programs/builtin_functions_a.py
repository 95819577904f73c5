# Builtin functions: abs, all, any, ascii, bin, bool, callable, chr, divmod, enumerate, filter,
# hex, oct, ord, pow, round, sorted, sum, zip (strict), map (several iterables), min/max.
print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(3 - 4j))
print(all([]), all([1, 0]), any([]), any([0, "", None, 3]), all("abc"), any(x > 2 for x in range(4)))
print(ascii("aé\n"), ascii([1, "ü"]), bin(10), bin(-10), oct(64), hex(-255), hex(2**64))
print(bool(), bool(0), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(callable(len), callable(lambda: 0), callable(int), callable("x"), callable(print))
print(chr(65), chr(955), ord("A"), ord("λ"), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], start=5)))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, [1, 2], [3, 4], [5, 6, 7])))
print(pow(2, 10), pow(2, -1), pow(2, 100, 1000), pow(-2, 3), pow(2.0, 3), pow(7, 0, 1))
print(round(3.14159, 3), round(-1.5), round(10.0), round(5, 2), round(0.125, 2))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({"b": 1, "a": 2}), sorted([(2, "a"), (1, "b")]))
print(sorted(["aa", "b", "ccc"], key=len), sorted([-3, 2, -1], key=abs))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), range(2), range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1], [2], strict=True)))
print(min(3, 1, 2), max([1, 5, 2]), min("b", "a"), max([], default=0), min([3, 1], key=lambda x: -x))
print(max(["aa", "b"], key=len), min((1, "z"), (1, "a")), max(1, 2.5, True), min([[2], [1, 5]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(divmod(True, 2), pow(3, 2, -4), abs(-2 ** 63), round(2 ** 70 + 0.0) == 2 ** 70)
