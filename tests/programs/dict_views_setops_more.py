# dict views: keys/items set operations with sets, lists and other views; values has none; comparisons
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.items() ^ b.items()))
print(sorted(a.keys() & ['x', 'q']), sorted(a.keys() | {'q'}), sorted(['x', 'y'] - a.keys() if False else a.keys() - ['x']))
print(sorted({'x', 'k'} & a.keys()), sorted(['z', 'n'] | a.keys()), type(a.keys() & b.keys()).__name__)
print(a.keys() == {'x', 'y', 'z'}, a.keys() <= {'x', 'y', 'z', 'q'}, a.keys() < {'x', 'y', 'z'}, a.keys() > {'x'})
print(a.items() == {('x', 1), ('y', 2), ('z', 3)}, ('x', 1) in a.items(), ('x', 2) in a.items(), 'x' in a.keys())
print(a.keys().isdisjoint(['q']), a.items().isdisjoint(b.items()), len(a.items()), 1 in a.values())
try:
    a.values() & b.values()
except TypeError as e:
    print("TypeError:", e)
print(a.values() == a.values(), a.keys() == a.keys(), list(reversed(a.keys())), list(reversed(a.items())))
keys = a.keys()
a['new'] = 9
print(sorted(keys), len(keys), keys.mapping == a if hasattr(keys, 'mapping') else None)
try:
    a.items() & [1]
except TypeError as e:
    print("TypeError:", e)
print(repr({}.keys()), repr({1: 2}.items()), repr({1: [2]}.values()))
