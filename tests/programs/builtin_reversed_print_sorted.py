# reversed() on custom classes (__reversed__, __len__+__getitem__, errors), print() with
# sep/end/file/flush and bad arguments, sorted()/list.sort key/reverse stability and errors.
import sys
class R:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class NoLen:
    def __getitem__(self, i):
        return i
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(R())), list(reversed(Seq())), list(reversed([1, 2, 3])), list(reversed(range(0, 10, 3))))
print(list(reversed((1, 2))), "".join(reversed("abc")), list(reversed({"a": 1, "b": 2})), list(reversed({1: 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for obj in (NoLen(), RevNone(), 5, {1, 2}, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(sep="x")
print("x", end="")
print()
print(1, 2, 3, sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("file None", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, sep=",", end=";", file=w)
print(w.parts)
for kw in ({"sep": 1}, {"end": 2}, {"file": 3}, {"bogus": 1}):
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True), sorted("bca"), sorted({3: 0, 1: 0}), sorted([], reverse=True))
words = ["bb", "A", "c", "aa", "B"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words))
lst = [3, 1, 2]
print(lst.sort(), lst, lst.sort(reverse=True), lst, sorted(lst, key=None))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: sorted(1), lambda: sorted([1], 1),
            lambda: [1, None].sort(), lambda: sorted([{1}, {2}]) if False else sorted([[1], ["a"]]),
            lambda: sorted([3, 1], reverse="x") if False else sorted([1, 2], bogus=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5), K(1)]), min(K(4), K(2)))
