# min/max/sum/zip/enumerate/map/filter/iter/next/any/all: keyword forms, defaults, and the
# exact error messages of each misuse.
print(min(3, 1, 2), max([1, 5, 2]), min("bca"), max((1, "a"), (1, "b")), min([2, 1], key=lambda v: -v))
print(max([], default=None), min((), default="empty"), max([1, 2], default=0), max(1, 2, key=None), min([[1, 2], [0]], key=len))
print(max([1, 3, 3.0], key=lambda v: v), max([3.0, 3]), min([3, 3.0]), max([True, 1]), min([1, True]))
for f in [lambda: min(), lambda: max([]), lambda: min([], key=len), lambda: max(1), lambda: min(1, 2, default=0),
          lambda: max([1, "a"]), lambda: min([1], bogus=1), lambda: max([1], key=1), lambda: max(None),
          lambda: sum(["a", "b"], ""), lambda: sum([1], start="x"), lambda: sum([[1]], []) + sum([b"a"], b""),
          lambda: sum(1), lambda: sum([1, "a"]), lambda: sum(), lambda: sum([], 0, 0)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2], start=10), sum([0.1] * 10), sum([1, 2.5, 3]), sum([[1], [2]], start=[0]), sum(iter(range(101))))
print(sum([1e100, 1.0, -1e100]), sum([True, True, False]), sum((x * x for x in range(4)), 0.0), sum([2 ** 64, 1]))
print(list(zip()), list(zip("ab")), list(zip("ab", "cde")), list(zip("ab", [1, 2], strict=True)), list(zip(*["ab", "cd"])))
for args in [("ab", "c"), ("a", "bc"), ("ab", "cd", "e"), ("a", "b", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    zip("a", bogus=True)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("ab", -2)), list(enumerate(iter("xy"), start=True)), list(enumerate(start=1, iterable="q")))
for f in [lambda: enumerate(1), lambda: enumerate("a", "1"), lambda: enumerate(), lambda: map(len), lambda: map(),
          lambda: list(map(len, [1])), lambda: filter(None), lambda: list(filter(1, [1])), lambda: iter(1),
          lambda: iter(len, 1, 2), lambda: next(iter([]), ), lambda: next([1]), lambda: next(1, 2), lambda: any(1), lambda: all(None)]:
    try:
        print(f())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__ + ":", e)
print(list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])), list(map(divmod, [7, 8], [2, 3])), list(filter(None, (0, 1, [], [0], "", "0"))))
print(list(filter(lambda v: v > 1, {3: 0, 1: 0, 2: 0})), list(filter(str.isdigit, "a1b2")), list(map(str.upper, "ab")))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), next(iter([]), "dflt"), next(iter("z"), "dflt"), next(iter([None]), 1))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
print(any(x > 2 for x in [1, 5]), all(x for x in []), any([]), all([[]]), any(iter([0, 0.0, "", 1])), all(range(1, 5)))
gen = (print("seen", x) or x for x in [0, 1, 2, 3])
print(any(gen), list(gen))
