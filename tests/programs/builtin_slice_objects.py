# slice objects: attributes, indices() with every sign and bound, repr, equality, hashing, errors
cases = [slice(None), slice(2), slice(1, 5), slice(None, None, -1), slice(-3, None), slice(5, 1, -2),
         slice(-100, 100), slice(100, -100, -1), slice(0, 10, 3), slice(None, -1, 2), slice(3, 3)]
for s in cases:
    print(repr(s), s.start, s.stop, s.step, s.indices(7), s.indices(0), list(range(7))[s], "abcdefg"[s])
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3))
print(slice(None).indices(10**20), slice(-10**20, 10**20).indices(5))
print(slice("a", "b", "c").start, slice([1]).stop, repr(slice(1.5, None)))
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(None, None, 0).indices(5),
            lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: [1, 2][1.5:],
            lambda: [1][::0], lambda: hash(slice(1)), lambda: slice(1, 2).start.__class__.x]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][Idx():], slice(Idx(), None).indices(5), (1, 2, 3)[slice(Idx())])
class Seq:
    def __getitem__(self, k):
        return k
print(Seq()[1:2], Seq()[::3], Seq()[1:2, 3], Seq()[...])
