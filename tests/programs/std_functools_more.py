# functools: partialmethod, reduce with initial, lru_cache typed/cache_clear, cache, singledispatchmethod, update_wrapper.
from functools import partialmethod, reduce, lru_cache, cache, singledispatchmethod, update_wrapper, partial
import operator
class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = partialmethod(set, True)
c = Cell(); c.on()
print(c.state)
print(reduce(operator.add, [1, 2, 3], 10), reduce(lambda a, b: a + [b], "abc", []))
@lru_cache(maxsize=8, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info().currsize)
ident.cache_clear()
print(ident.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20))
class Fmt:
    @singledispatchmethod
    def show(self, x):
        return "any"
    @show.register
    def _(self, x: int):
        return "int"
print(Fmt().show(1), Fmt().show("s"))
def w(*a): return a
def orig(): "doc"
update_wrapper(w, orig)
print(w.__name__, w.__doc__, partial(partial(max, 1), 5)(3), repr(partial(int, base=2)).startswith("functools.partial"))
