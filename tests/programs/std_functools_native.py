# _functools natively: reduce (initial, errors), partial (call merging, flattening, attributes,
# repr, keyword override, subclass), cmp_to_key (sorting, comparisons, errors).
import _functools
from _functools import reduce, partial, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, [], "init"))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: reduce(len)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)


def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))


p = partial(f, 1, c=3)
print(p(2), p(2, c=9), p(2, z=1), p.func is f, p.args, p.keywords)
q = partial(p, 7, d=4)
print(q(), q.func is f, q.args, q.keywords)
print(repr(partial(max, 1, 2, key=abs)), repr(partial(len)), type(p).__name__, type(p).__module__)


class P(partial):
    pass


s = P(max, 5)
print(s(3), s(9), repr(s)[:4], P(s, 1).args)
for bad in [lambda: partial(5), lambda: partial()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)), sorted("banana", key=cmp_to_key(lambda x, y: cmp(y, x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(4) > K(1), K(1) >= K(2), K(5).obj)
try:
    K(1) < 1
except TypeError as e:
    print("TypeError", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
print(min([3, 1, 2], key=K), max("xyz", key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
