# dict/list/set method corners: dict.pop/popitem/setdefault/update forms/fromkeys/|, list
# index/remove/insert/pop with bounds, count/copy/extend with iterators, set ops with
# non-sets, frozenset hashing, and each one's error message.
d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("zz", "dflt"), d.setdefault("c", 3), d.setdefault("b", 99), d, d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)], w=4)
d.update(x=10)
print(d, dict.fromkeys("ab"), dict.fromkeys([1, 2], []), {**d, "x": 0}, d | {"q": 1}, {"q": 1} | d)
for f in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {}.update(1), lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]),
          lambda: dict(1), lambda: dict([(1,)]), lambda: {}["x"], lambda: {[]: 1}, lambda: {}.get(), lambda: d | [1], lambda: dict.fromkeys()]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
l = [5, 3, 5, 1]
print(l.index(5), l.index(5, 1), l.index(1, -2), l.count(5), l.count(9), l.copy() is not l)
l.insert(100, "end")
l.insert(-100, "start")
l.insert(1, "one")
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.extend(iter(range(2)))
l.extend("ab")
l.remove(5)
print(l, l * 0, [None] * 3, l[::-2], l[10:], l[-100:2])
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1].index(1, 5),
          lambda: [1, 2].insert("a", 0), lambda: [].extend(5), lambda: [1][1.0], lambda: [1] + (2,), lambda: [1] * "a",
          lambda: [].sort(key=5), lambda: list(1, 2)]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = {1, 2, 3}
print(s.union([4], (5,)), s.intersection("abc", [1]), s.difference(range(2)), s.symmetric_difference([3, 4]), s.issubset(range(10)), s.issuperset([1]), s.isdisjoint("xy"))
s2 = set(s)
s2.update([7], {8})
s2.intersection_update(range(8))
s2.difference_update([1])
s2.symmetric_difference_update({2, 99})
s2.discard(12345)
print(sorted(s2), s2.pop() in {3, 7, 99}, len(s2))
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset({1, 2})], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs.copy() is fs)
for f in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1} | [2], lambda: {1} - "a", lambda: {[1]}, lambda: set(1),
          lambda: {1} < [1], lambda: fs.add(1), lambda: {1}.update(1)]:
    try:
        print(f())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
