# sorted() on every iterable kind with key/reverse, stability of equal keys under reverse, reversed() results
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), sorted('hello'), sorted((3, 1, 2)))
print(sorted(x * x for x in range(-3, 3)), sorted(range(5), key=lambda x: x % 2), sorted([], reverse=True), sorted({3, 1}))
people = [('amy', 30), ('bob', 25), ('cat', 30), ('dan', 25)]
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1]))
print(sorted([1.5, -2, 3, 0.0, -0.0, True]), sorted(['b', 'B', 'a'], key=str.casefold), sorted([[2], [1, 5], [1]]))
print(sorted('a1 b22 c3'.split(), key=lambda s: int(s[1:]), reverse=True), sorted([None]), sorted([(1, None), (0, None)]))
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], None, True)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r), type(reversed(range(3))).__name__, type(reversed('ab')).__name__)
print(list(reversed({'x': 1, 'y': 2})), list(reversed({'x': 1}.values())), list(reversed(bytearray(b'ab'))))
lst = [1, 2, 3]
ri = reversed(lst)
lst.append(4)
print(list(ri))
class R:
    def __reversed__(self):
        return iter('custom')
print(''.join(reversed(R())), reversed(R()).__class__.__name__)
