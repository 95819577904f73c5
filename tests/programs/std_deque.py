# _collections.deque: construction, maxlen, append/appendleft/pop/popleft, extend/extendleft,
# rotate, remove, count, index, insert, clear, copy, reverse, indexing, iteration, reversed,
# repr (maxlen, recursion), comparisons, +, *, in, len, bool, errors, mutation during iteration.
from _collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(d), list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d, d.count(1), d.index(2), d.index("a", 2), d.index(1, -7, -1))
d.remove(20)
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d)
d[0] = "first"
del d[1]
print(d, d[2])
d.reverse()
print(d)
e = d.copy()
e.clear()
print(d, e, type(e).__name__)

m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(5))
print(m)
m.extendleft("abc")
print(m)
z = deque([1], maxlen=0)
z.append(5)
print(z, repr(deque("ab", 2)))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque("ab"), deque([1, 2], maxlen=3) * 2)
q = deque([1])
q += [2, 3]
q *= 2
print(q)
q.extend(q)
print(q, len(q))
r = deque()
r.append(r)
print(r)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(7), lambda: deque([1], 1).insert(0, 2),
            lambda: deque([1])["a"], lambda: deque([1])[0:1], lambda: deque([], -1),
            lambda: deque([1]) + [2], lambda: hash(deque())]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(deque([5, 6]))
print(next(it), next(it), list(it), type(it).__name__)


class Sub(deque):
    def total(self):
        return sum(self)


s = Sub([1, 2, 3], maxlen=5)
s.append(4)
print(s, s.total(), isinstance(s, deque), s.copy(), type(s.copy()).__name__)
print(deque.__name__, deque.__module__)
