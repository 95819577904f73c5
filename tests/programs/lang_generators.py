# Generators: send, throw, close, return values in StopIteration, yield from delegation.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "exhausted"))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)


c = catcher()
print(next(c), c.throw(ValueError("x")), next(c))
try:
    c.throw(TypeError, "bad")
except TypeError as e:
    print("propagated", e)
print(next(c, "closed after error"))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


cl = closer()
print(next(cl))
cl.close()
cl.close()
print(list(cl))


def inner():
    x = yield "a"
    print("inner got", x)
    y = yield "b"
    print("inner got", y)
    return x + y


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    return result * 2


o = outer()
print(next(o), o.send(1), o.send(2), next(o))
try:
    next(o)
except StopIteration as e:
    print("outer value", e.value)


def delegating():
    try:
        yield from catcher()
    finally:
        print("delegating closed")


dg = delegating()
print(next(dg), dg.throw(ValueError("via yield from")))
dg.close()


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
print(type(f).__name__, f.__name__ if hasattr(f, "__name__") else "-")


def empty():
    return
    yield


print(list(empty()), list(x for x in empty()))


def gen_raises():
    yield 1
    raise StopIteration


try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e)
ge = (i * i for i in range(4))
print(next(ge), list(ge), list(ge))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["a", "bbb", "cc"]))
