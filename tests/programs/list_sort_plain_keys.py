# Sorting by keys of ints, floats, strs and tuples of them (the comparison fast path), and the
# cases it must leave to the full comparison: NaNs, mixed int/float, nested tuples, lists,
# user classes with __lt__, and the errors of unorderable keys.
words = ["pear", "Apple", "fig", "apple", "été", "zoo", "Zoo", "ärger", "a", ""]
counts = {w: (len(w) * 7) % 5 for w in words}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]), reverse=True))
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
print(sorted([(2.5, 1), (2, 2), (2.5, 0), (-1e308, 3), (float("inf"), 0)]))
print(sorted([3, 1.5, 2, 10**20, -(10**20), 2.0, 1]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
print(sorted([([2], 1), ([1], 2), ([1], 1)]))
# Stability: equal keys keep their order, also with reverse=True.
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: (p[0], "k")))
# NaN keys: Python's order is whatever its comparisons give; it must match.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([(1.0, "b"), (nan, "a"), (0.5, "c")]))
print(min([(2, "b"), (1, "z"), (1, "a")]), max(["b", "ab", "ba"]))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
