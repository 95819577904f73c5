# min/max with key and default, sorted with key/reverse, enumerate start, zip strict, map, filter None
print(max(3, 1, 2), min("bca"), max([1, 5, 3], key=lambda x: -x), min([], default="empty"), max((), default=None))
print(max([(1, "a"), (1, "b")]), max([1, 1.0, True]), min([1, 1.0, True]), max([2, 2.5], key=int), max("aB", key=str.lower))
print(max([3, 1], default=0), min(iter([4, 2, 8])), max(range(10**6)), min([[2], [1, 9]]), max({1: "a", 3: "b"}))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max([1], key=None, foo=1), lambda: min([], key=len)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}), sorted([], key=len))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([(1, 2), (1, 1), (0, 5)], key=lambda t: t[0]), sorted(range(5), key=lambda x: x % 2))
try:
    sorted([1], None)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)))
e = enumerate(["a", "b"]); print(next(e), type(e).__name__, list(e))
print(list(zip("ab", [1, 2], (True, False))), list(zip()), list(zip("abc", range(2))), list(zip("ab", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6, 7])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, 2])), list(filter(lambda x: x > 1, range(4))))
print(list(filter(str.isdigit, "a1b2")), type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
for bad in [lambda: map(abs), lambda: filter(None), lambda: list(map(abs, 5)), lambda: enumerate(5), lambda: zip(5),
            lambda: list(zip([1], strict=1, foo=2))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(all([]), any([]), all([1, 0]), any([0, 0.0, "x"]), all(iter([1, 2])), any(x > 2 for x in range(4)))
