# set and frozenset: every operator, method and in-place operator; result types; errors with non-sets
a, b = {1, 2, 3, 4}, {3, 4, 5}
fa, fb = frozenset(a), frozenset(b)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, a < a, a <= a, {3} < b, b > {5}, b >= b, a == fa, a != fb)
print(sorted(a.union(b, [9], 'x')), sorted(a.intersection(b, [4, 3])), sorted(a.difference([1], (2,))),
      sorted(a.symmetric_difference([4, 7])))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b), fa.isdisjoint('ab'))
print(type(fa | b).__name__, type(a | fb).__name__, type(fa & fb).__name__, type(fa.union(a)).__name__, type(fa.copy()).__name__)
s = set(a)
s |= {10}; print(sorted(s))
s &= {1, 2, 10, 11}; print(sorted(s))
s -= {1}; print(sorted(s))
s ^= {2, 99}; print(sorted(s))
s.update([5], {6}); s.intersection_update(range(7), [5, 6, 10]); print(sorted(s))
s.difference_update([5]); s.symmetric_difference_update([6, 7]); print(sorted(s))
s.add(8); s.discard(100); s.remove(8); print(sorted(s), s.pop() in {7, 10}, len(s))
f = frozenset([1])
g = f
g |= {2}
print(sorted(f), sorted(g), f is g, hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) == frozenset([2, 1]))
for op in [lambda: a | [1], lambda: a & 'x', lambda: a - (1,), lambda: a ^ None, lambda: a <= [1],
           lambda: set().pop(), lambda: a.remove(42), lambda: {[1]}, lambda: fa.add(1), lambda: a.update(5)]:
    try:
        op()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print({frozenset({1}): 'ok'}[frozenset([1])], {1, 2} == {1, 2, 2}, set('aab') == {'a', 'b'}, 1 in fa, [] not in [set()])
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), sorted(set(range(5)) - {0}))
class S(set):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, S([1]) == {1})
print(a.__or__([1]), a.__and__(1))
