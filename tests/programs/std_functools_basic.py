# functools: lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch.
import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch, cmp_to_key
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq.cache_info())
p = partial(pow, 2)
print(p(10), partial(int, base=16)("ff"), p.func is pow, p.args)
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k) * 2
    return inner
@deco
def g(x):
    "g doc"
    return x + 1
print(g(3), g.__name__, g.__doc__, g.__wrapped__(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
class C:
    calls = 0
    @cached_property
    def val(self):
        C.calls += 1
        return 42
c = C()
print(c.val, c.val, C.calls)
@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
