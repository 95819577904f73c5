# Function attributes: __name__, __qualname__ of nested functions, __doc__, __defaults__ and
# __kwdefaults__ (assignable), __closure__ cells and cell_contents, __code__ fields,
# __annotations__, __module__, and arbitrary attributes in __dict__.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer's doc."""
    total = a + b

    def inner(x: int = 1) -> int:
        return x + total + a

    return inner


print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__)
co = outer.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:6], co.co_name)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
inner = outer(10, c=3)
print(inner.__qualname__, inner.__annotations__, inner.__defaults__)
print(inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__])
print(inner(), outer.__closure__)
outer.__defaults__ = (100,)
print(outer(1, c=0)())
inner.tag = "tagged"
print(inner.__dict__["tag"], inner.tag, "tag" in inner.__dict__)


def nodoc():
    pass


print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__)
lam = lambda y: y
print(lam.__name__, lam.__qualname__)


class K:
    def method(self):
        def local():
            pass
        return local


print(K.method.__qualname__, K().method().__qualname__)
