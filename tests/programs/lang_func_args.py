# Parameters: positional-only, keyword-only, defaults evaluated once, *args, **kwargs, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def kw_only(*, x, y=1):
    return x * y


print(kw_only(x=3), kw_only(y=2, x=5))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only()
except TypeError as e:
    print("TypeError:", e)


def acc(item, bucket=[]):
    bucket.append(item)
    return bucket


print(acc(1), acc(2), acc(3, []))
print(acc.__defaults__)


def g(a, b):
    return a - b


for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, a=1), lambda: g(1, 2, z=3),
             lambda: g(), lambda: f(), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def star_only(*args):
    return args


print(star_only(), star_only(1, *"ab", *[None]))


def kw_collect(**kw):
    return kw


print(kw_collect(a=1, **{"b": 2}, c=3))
try:
    kw_collect(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_collect(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__kwdefaults__)


def documented(x):
    """Return x."""
    return x


print(documented.__doc__, g.__doc__, (lambda: 0).__name__)


class K:
    def m(self, *a, **k):
        return len(a), sorted(k)


print(K().m(1, 2, x=1), K.m.__qualname__)


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, outer.__name__)
print((lambda a, b=2, *c, d=1, **e: (a, b, c, d, e))(0, 1, 2, d=3, f=4))
