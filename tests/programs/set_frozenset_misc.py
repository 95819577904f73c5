# frozenset hashing and use as keys/elements, sets of tuples, set comprehension, multi-argument methods, copy semantics
fs = frozenset({1, 2})
d = {fs: 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()], {fs, frozenset([1, 2])} == {fs}, len({frozenset(), frozenset([])}))
nested = {frozenset({1}), frozenset({1, 2})}
print(sorted(sorted(x) for x in nested), frozenset({1}) in nested, {1} in nested)
s = {(1, 2), (2, 1), (1, 2)}
print(sorted(s), {x % 3 for x in range(10)}, {c for c in 'hello'} == set('helo'))
a = set('abc')
print(sorted(a.union('cd', ['e'], {'f'})), sorted(a.intersection('abx', 'bay')), sorted(a.difference('a', 'b')), a.issubset('abcd'))
b = a.copy()
b.add('z')
print(sorted(a), sorted(b), a is not b, a == set(a), fs.copy() is fs, frozenset(fs) is fs)
print(sorted(frozenset('ab') | set('c')), type(frozenset('ab') | set('c')).__name__, type(set('c') | frozenset('ab')).__name__)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(set() == frozenset(), set([1]) <= frozenset([1, 2]), frozenset([1]) < {1, 2}, {1, 2} > frozenset([1]))
e = set()
e.update()
e.intersection_update()
print(e, set().union(), frozenset().union([1]), set.union({1}, [2]), frozenset.intersection(fs, [2]))
