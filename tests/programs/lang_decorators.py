# Decorators: plain, stacked, with arguments, preserving names by hand, on methods, classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco


@trace
def add(a, b=1):
    return a + b


print(add(2), add(2, b=5), add.__name__, add.__wrapped__(1, 1))


@repeat(3)
@trace
def hello(name):
    return "hi " + name


print(hello("x"))


def counted(fn):
    count = 0

    def wrapper(*a):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a)
    return wrapper


@counted
def sq(x):
    return x * x


sq(2)
sq(3)
print(sq(4), sq.calls)


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


class Svc:
    def __repr__(self):
        return "Svc()"

    @trace
    def run(self, x):
        return x * 10

    @staticmethod
    @trace
    def util(y):
        return -y


print(Svc().run(4), Svc.util(2))


def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {sorted(vars(self).items())}>"
    return cls


@add_repr
class Rec:
    def __init__(self, **kw):
        self.__dict__.update(kw)


print(Rec(a=1, b=2))
decos = [lambda f: (lambda: f() + 1), lambda f: (lambda: f() * 10)]


@decos[0]
@decos[1]
def base():
    return 1


print(base())
