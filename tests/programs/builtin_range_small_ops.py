# range with machine-word bounds: negative steps, empty ranges, contains with floats/bools, index/count, slicing, compare
for r in [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, -1), range(5, 1), range(0, -10, -3)]:
    print(r, len(r), list(r), bool(r), r[:2], r[::-1], r[1::2], list(reversed(r))[:3], r.count(4), 4 in r, 4.0 in r, True in r)
r = range(0, 20, 5)
print(r.index(15), r[-1], r[-4], r[1:-1], r[5:], r[-100:100], r[::-2], r[:-10:-1], r.start, r.stop, r.step)
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7), range(2) != [0, 1], range(0, 3) == range(3))
for bad in [lambda: r.index(3), lambda: r[4], lambda: r[-5], lambda: range(3)["a"], lambda: range(3) < range(4),
            lambda: range(0, 1, 0), lambda: range(1, 2, 3, 4), lambda: range(), lambda: r.index(), lambda: range(1.0)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print(range(Idx()), range(1, Idx())[1], r[Idx()], list(range(Idx(), 0, -1)), range(10)[Idx():])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9, 2)), sorted(range(3), reverse=True), list(enumerate(range(2))))
print(3 in range(0, 10, 3), 3 in range(0, 10, 2), -4 in range(0, -10, -2), 10 in range(10), range(2**40)[2**39])
it = iter(range(3)); print(type(it).__name__, next(it), list(it), list(it))
print(repr(range(-1, -10, -3)), str(range(7)), hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 2)))
