# Decorators: with arguments, stacked (applied bottom-up, evaluated top-down), class-based,
# decorating methods/classmethods/classes, keeping state, and decorator expressions (3.9+).
order = []


def tag(name):
    order.append(f"evaluate {name}")

    def deco(f):
        order.append(f"apply {name}")

        def wrapper(*args, **kwargs):
            return f"<{name}>{f(*args, **kwargs)}</{name}>"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("hi"), text.__name__)
print(order)


class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, type(square).__name__)


class Calc:
    @CountCalls
    def double(self, x):
        return 2 * x

    @classmethod
    @tag("cm")
    def make(cls, v):
        return f"{cls.__name__}:{v}"


c = Calc()
print(c.double(5), Calc.double.calls, Calc.make(1))

registry = {}


def register(name=None):
    def deco(cls):
        registry[name or cls.__name__] = cls
        return cls
    return deco


@register()
class A:
    pass


@register("bee")
class B:
    pass


print(sorted(registry))
buttons = [lambda f: f"first({f.__name__})", lambda f: f"second({f.__name__})"]


@buttons[1]
def handler():
    pass


print(handler)


@(lambda f: f())
def computed():
    return "called at definition"


print(computed)


def memo(f):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
