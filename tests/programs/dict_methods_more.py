# dict: get/setdefault/pop/popitem (LIFO), update forms, fromkeys, | and |=, equality, ordering, errors
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('b', 2), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print("KeyError:", e)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4)
print(d, d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), dict.fromkeys(range(2), 0))
m = dict.fromkeys('ab', [])
m['a'].append(1)
print(m)
e = {'a': 1, 'b': 2}
f = {'b': 3, 'c': 4}
print(e | f, f | e, {**e, **f})
e |= f
print(e)
e |= [('d', 5)]
print(e)
for bad in [lambda: e | [('x', 1)], lambda: {}.update(1), lambda: {}.update([1]), lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: {}.fromkeys(1)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, list({2: 0, 1: 0}), {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
try:
    {1: 1} < {2: 2}
except TypeError as err:
    print("TypeError:", err)
g = {'k': 1}
del g['k']
g['k'] = 2
g[1] = 1; g[True] = 'bool'; g[1.0] = 'float'
print(g, len(g), dict(a=1, **{'b': 2}), dict({'a': 1}, a=2))
