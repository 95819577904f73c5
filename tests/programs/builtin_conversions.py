# Constructors as conversions: str, int, float, bool, list, tuple, set, dict, bytes, repr/str of each.
values = [0, -3, 2.5, "12", "", [], [1, 2], (3,), {"a": 1}, {4}, None, True, b"x", range(3)]
for v in values:
    row = [type(v).__name__, repr(v), str(v), bool(v)]
    for conv in (list, tuple, set):
        try:
            r = conv(v)
            row.append(sorted(r) if isinstance(r, set) or isinstance(v, (dict, set)) else r)
        except TypeError as e:
            row.append("TypeError: " + str(e))
    print(*row, sep=" | ")
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex())
print(int("42"), float("4.2"), str(4.2), int(4.9), float(4), bool("False"), list("xy"))
print(dict([("a", 1), ("b", 2)]), dict(zip("ab", "cd")), dict({"k": 1}), dict(a=1, b=2))
print(tuple({1: 2, 3: 4}), list({1: 2}.items()), set("hello") == set("ohle"), str(b"abc", "ascii"))
print(repr(str(3)), repr(int("0")), repr(float("-0")), type(int("5")).__name__)
print(complex("1+2j"), complex(2), complex(), str(1j), repr(-1j), (2+0j) == 2)
try:
    dict(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(int.__name__, str.__name__, type(int).__name__, int is type(0), str(int), str(type(None)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type({}.keys()).__name__, type({}.items()).__name__, type(range(1)).__name__, type(zip()).__name__)
