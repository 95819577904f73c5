# tuple: construction, count/index, concatenation, repetition, hashing, unpacking forms, nested, repr of one-tuples
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t.index(2, 2, 4), t[1:3], t[::-2], t * 2, (0,) + t, len(t), 3 in t)
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple({1: 2}), (1,), (), ((),), repr((None,)), str((1, "a")))
a, *rest = t
*init, last = t
first, *mid, end = t
print(a, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
[s, (u, v)] = "x", "yz"
print(p, q, r, s, u, v)
x = y = (1, 2)
print(x is y, hash(x) == hash((1, 2)), {x: "ok"}[(1, 2)], (1, 2) == (1.0, 2.0), (1, (2, 3)) < (1, (2, 4)))
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Pt(3, 4)
print(pt, pt.x, type(pt).__name__, pt + (5,), type(pt + (5,)).__name__, len(pt), pt == (3, 4))
from collections import namedtuple
NT = namedtuple("NT", "a b")
n = NT(1, b=2)
print(n, n.a, n._asdict(), n._replace(a=9), tuple(n), NT._fields, n == (1, 2), isinstance(n, tuple))
print(max((1, 2), (1, 3)), sorted([(2, "b"), (1, "z"), (2, "a")]), list(zip(*[(1, "a"), (2, "b")])), (1, 2) * 0)
