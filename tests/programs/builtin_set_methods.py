# set and frozenset: every operator and method; printing order of small ints.
a, b = {3, 1, 2, 5}, {4, 5, 6, 3}
print(a, b, a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {3}), a.difference([1], [2]), a.symmetric_difference(b))
print(a <= b, {1} <= a, {1} < a, a < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
s = set()
s.add(2)
s.add(1)
s.update([3, 4], (5,))
s.discard(99)
s.remove(4)
print(s, len(s), 3 in s, 9 not in s, sorted(s, reverse=True))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
popped = s.pop()
print(popped, s)
s.clear()
print(s, set(), frozenset(), set("aab") == {"a", "b"})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {9, 2}
print(c)
c.intersection_update({4, 9, 7})
c.difference_update({9})
c.symmetric_difference_update({1, 4})
print(c)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])))
print({f: "frozen key"}[frozenset({1, 2, 3})], f == {1, 2, 3}, f.copy() == f, frozenset("ab") & {"a"})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print({10, 2, 33, 4}, {-1, -2, 0}, {100, 1000, 10}, set(range(20, 0, -3)))
print(sorted({"b", "a"}), len({1, 1.0, True}), {(1, 2), (1, 2)}, {None})
e = {x % 4 for x in range(10)}
print(e, min(e), sum(e), list(e)[:2])
print(set([5, 4]).copy(), {1, 2} == frozenset({1, 2}), {1} != {2}, bool(set()), bool({0}))
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
