# range/slice/tuple corners: range with negative steps, len/index/count/contains/reversed,
# equality and hashing, slicing a range, slice.indices, tuple methods and comparisons,
# and the errors of each.
r = range(10, -5, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 4 in r, 5 in r, r.index(4), r.count(1), 4.0 in r)
print(range(0) == range(5, 5), range(1, 4) == range(1, 5)[:3], hash(range(3)) == hash(range(0, 3)), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, repr(range(5)), repr(range(1, 9, 2)), list(reversed(range(1, 7, 2))), bool(range(0)))
print(range(-5, 5)[-1], list(range(5)[-2:]), sorted(range(3), reverse=True), max(range(7)), sum(range(101)))
for f in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(5)[10],
          lambda: range(5).index(7), lambda: range(5)["a"], lambda: len(range(2 ** 64)) if False else range(3) < range(4)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(5), slice(1, 2) == slice(1, 2), "abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)])
for f in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: "abc"[::0], lambda: slice()]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
t = (3, 1, 3, [2])
print(t.count(3), t.index(3, 1), t.index([2]), t + (5,), t * 2, t[1:3], len(()), (1,) * 0, tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) != (1, 2.0), max([(1, 2), (1, 3)]))
a, *b, c = t
print(a, b, c, hash((1, (2, 3))) == hash((1, (2, 3))))
for f in [lambda: t.index(9), lambda: (1,) + [2], lambda: hash(t), lambda: (1, 2) < (1, "a"), lambda: t[10], lambda: tuple(5)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
