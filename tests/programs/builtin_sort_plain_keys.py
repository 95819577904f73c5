# sorted/list.sort with keys the runtime orders without Python code (ints, strs, floats,
# tuples of them) and with keys that need the general path (mixed kinds, NaN, bools, nested
# tuples, user classes): same order, stability with reverse, and the same errors.
import math

words = ["pear", "apple", "fig", "apple", "kiwi", "banana", "fig", "cherry"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
counts = {w: words.count(w) for w in words}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))
print(sorted([3, -1, 2, 10, -1, 0]), sorted([2.5, -0.0, 0.0, -3.25, float("inf")]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0)]))
print(sorted([(2, 1.5), (2, 0.5), (1, 9.0)], reverse=True))
print(sorted(["é", "e", "z", "É", "ß", "a"]))
pairs = [(i % 3, i) for i in range(10)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

nan = float("nan")
print([x if x == x else "nan" for x in sorted([3.0, nan, 1.0, 2.0])])
print(sorted([True, 2, 0, False, 1]))
print(sorted([(1, (2, 3)), (1, (1, 9)), (0, (5,))]))
print(sorted([1, 2.5, 0, -1.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("TypeError:", e)

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "K(%d)" % self.v

print(sorted([K(1), K(3), K(2)]))
lst = [5, 1, 4, 1, 5, 9, 2, 6]
lst.sort()
print(lst)
lst.sort(key=lambda x: -x)
print(lst)
lst.sort(key=lambda x: (x % 2, x), reverse=True)
print(lst)
print(sorted([], key=len), sorted(["only"]))
print(sorted(range(20), key=lambda i: (i % 4, -i))[:8])
print(min(words), max(words), sorted(set(words)))
