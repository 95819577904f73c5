# Parameter kinds: positional-only and keyword-only together, defaults evaluated once
# (mutable default), **kwargs receiving a positional-only name, the error messages for
# missing/extra/duplicate arguments, and function attributes describing the signature.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(f(1, d=4))
print(f(1, 9, 8, 7, 6, d=0, z=1))
print(f(1, d=4, a=100, b=200))
for call in (lambda: f(d=1), lambda: f(1), lambda: f(1, 2, 3, d=4, c=5), lambda: f(a=1, d=2),
             lambda: f(1, d=4, e=5, **{"e": 6})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def g(x, y, /):
    return x + y


try:
    g(1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def h(*, only):
    return only


try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)


def acc(item, bucket=[]):
    bucket.append(item)
    return bucket


print(acc(1), acc(2), acc(3, []), acc(4))
print(acc.__defaults__)

print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount,
      f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:8])


def docd(a: int, *, b: "str" = "x") -> list:
    "A docstring."
    return []


print(docd.__doc__, docd.__annotations__, docd.__name__, docd.__kwdefaults__)
docd.__defaults__ = None
docd.__kwdefaults__ = {"b": "changed"}
print(docd.__kwdefaults__)


def many(a, b, c, d):
    return a


try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, q=1)
except TypeError as e:
    print("TypeError:", e)


class M:
    def meth(self, x):
        return x


try:
    M().meth()
except TypeError as e:
    print("TypeError:", e)
try:
    M().meth(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    M.meth(x=1)
except TypeError as e:
    print("TypeError:", e)
