# tuple, range and slice objects.
t = (1, 2, 3, 2)
print(t, t[1:], t[::-1], t.count(2), t.index(3), len(t), 2 in t, t + (4,), t * 2, (1,) * 0)
print((), (1,), tuple("ab"), tuple(range(3)), tuple([1]), (1, 2) < (1, 2, 3), (2,) > (1, 5))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)], max([(1, "b"), (1, "a")]))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
r = range(10, 0, -3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, r.index(4), r.count(4))
print(range(5), range(0), range(2, 5), list(range(-3)), range(0, 10, 2)[2:], len(range(0, 100, 7)))
print(range(3) == range(0, 3), range(0) == range(5, 2), 10**17 in range(0, 10**18, 2), bool(range(0)))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, list(reversed(range(4))))
print(sum(range(101)), max(range(5)), list(range(5))[::2], range(5)[-2])
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1), s.indices(5), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -2)], "abcdef"[slice(1, None, 2)])
print(data[-3:], data[:-7:-1], data[100:], data[2:2], data[::3], data[5:1:-1], data[-100:3])
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
a, b = divmod(len(data), 3)
print(a, b, data[a:b], tuple(data[1:4]))
