# __qualname__ and __name__ of nested classes, methods, functions in functions (<locals>),
# lambdas, comprehension-made functions, and how repr of functions/classes shows them.
class Outer:
    class Inner:
        def method(self):
            def helper():
                return helper
            return helper

        class Deep:
            pass

    def meth(self):
        class Local:
            def m(self):
                pass
        return Local

    @staticmethod
    def st():
        return lambda: None

    @classmethod
    def cm(cls):
        return [lambda: i for i in range(1)][0]

    @property
    def prop(self):
        return 1


def func():
    def inner():
        pass
    return inner


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
L = Outer().meth()
print(L.__qualname__, L.__name__, L.m.__qualname__)
print(Outer.st().__qualname__, Outer.cm().__qualname__, Outer.prop.fget.__qualname__)
print(func().__qualname__, func.__qualname__, (lambda: 0).__qualname__)
print(Outer.Inner.Deep.__module__, Outer.meth.__module__)
print(repr(Outer.Inner.Deep)[:40], repr(L))
r = repr(func())
print(r[: r.index(" at ")])


class Renamed:
    __qualname__ = "Custom.Name"


print(Renamed.__qualname__, Renamed.__name__, repr(Renamed))
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__)
print([(lambda: 0).__qualname__ for _ in "a"], list(((lambda: 0).__qualname__ for _ in "a")))


def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def decorated():
    pass


print(decorated.__name__, decorated.__qualname__)
import functools


def deco2(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco2
def wrapped():
    """doc"""


print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.__wrapped__.__qualname__)
gen = (x for x in [])
print(gen.__qualname__, gen.__name__)


def g():
    yield


print(g().__qualname__, Outer.Inner.method.__name__)
