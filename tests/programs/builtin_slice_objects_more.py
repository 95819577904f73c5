# slice objects: attributes, indices() clamping with every sign, repr/equality/hash, use as subscript
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, repr(s), repr(slice(5)), repr(slice(None, None, None)), slice(1, 2) == slice(1, 2))
for sl in [slice(None), slice(None, None, -1), slice(-3, None), slice(2, 100), slice(-100, 3), slice(5, 1, -1),
           slice(None, None, 3), slice(100, -100, -2), slice(-1, -10, -3), slice(0, 0)]:
    for n in [0, 5, 10]:
        idx = sl.indices(n)
        print(sl, n, idx, list(range(*idx)) == list(range(n))[sl])
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice('a').indices(3), lambda: slice()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = list(range(10))
print(data[slice(2, 8, 3)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
data[slice(0, 3)] = ['a']
print(data)
del data[slice(None, None, 2)]
print(data)
class Seq:
    def __getitem__(self, k):
        return k
print(Seq()[1:2], Seq()[::3], Seq()[1:2, 3], Seq()[...])
print(slice(1, 2) < slice(1, 3), slice(None, 2).stop, slice(10 ** 20).indices(5), slice(-10 ** 20, None).indices(5))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
