# range: slicing (result is a range), index/count, negative steps, equality by content, in, errors
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[::2], r[-2:], r[5:1:-1], r[100:], r[:-100], list(r[1::3]))
print(r.index(9), r.count(9), r.count(10), r.count('x'), 9 in r, 10 in r, 9.0 in r, -3 in r)
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3), range(1, 2) != range(1, 3))
print(len(range(10, 0, -3)), list(range(10, 0, -3)), range(10, 0, -3)[1], range(10, 0, -3)[-1])
print(range(5)[-1], range(-5, 5)[3], repr(range(1, 10, 2)), repr(range(4)), str(range(2, 3)))
print(hash(range(3)) == hash(range(0, 3, 1)), range(3).start, range(3).stop, range(3).step)
for bad in [lambda: range(3)[3], lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)['a'], lambda: range(3, 2, 1).index(0)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17: 10 ** 17 + 3], big.index(123456789012))
class I:
    def __index__(self):
        return 4
print(range(I()), range(10)[I()], list(range(0, 10)[I():]))
