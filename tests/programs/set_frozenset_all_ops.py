# set and frozenset: every operator and method, mixed operand types, errors and result types
s, t = {1, 2, 3, 4}, {3, 4, 5}
fs = frozenset([3, 9])
def show(x):
    return type(x).__name__ + str(sorted(x))
print(show(s | t), show(s & t), show(s - t), show(s ^ t), show(fs | s), show(s | fs), show(fs & t))
print(show(s.union(t, [7], "")), show(s.intersection(t, range(4))), show(s.difference([1], (2,))),
      show(s.symmetric_difference(range(3))), show(fs.union()), show(frozenset().union([1])))
print(s < s | {9}, s <= s, s > {1}, s >= {1, 9}, {1} < fs, fs == frozenset({9, 3}), {3, 9} == fs)
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint("abc"), fs.issubset([3, 9, 1]), fs.isdisjoint(s))
u = set(s)
u |= {10}; u &= set(range(11)); u -= {1}; u ^= {2, 99}
print(show(u))
u.update([20], (21,)); u.intersection_update(range(30), range(25)); u.difference_update([3], [4])
u.symmetric_difference_update([5, 6])
print(show(u))
v = {1, 2}
v.add(3); v.discard(7); v.remove(1)
print(show(v), v.pop() in {2, 3}, len(v))
v.clear(); print(v, frozenset(), set(), repr({frozenset()}))
try:
    v.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: s | [1], lambda: s & "ab", lambda: s - (1,), lambda: s ^ 1, lambda: s < [1], lambda: {[1]},
            lambda: s.add([]), lambda: fs.add, lambda: frozenset([[1]]), lambda: s <= 3]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print({1, 2} == frozenset({1, 2}), {frozenset({1}): "x"}[frozenset([1])], frozenset({1}) in {frozenset({1})})
print({1} in {frozenset({1})}, set([1, 1.0, True]), {0, False, 0.0}, {-0.0, 0})
class FS(frozenset):
    pass
x = FS([1, 2])
print(type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2}, repr(x))
print(s.copy() is not s, fs.copy() is fs, frozenset(fs) is fs, sorted(set("hello")))
