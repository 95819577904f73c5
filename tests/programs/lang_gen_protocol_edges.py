# Generator protocol edge cases: send before start, throw into a fresh/finished generator,
# close with a yield in finally (RuntimeError), return values through yield from,
# StopIteration raised inside a generator (RuntimeError), gi_running/gi_frame states.
def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got


g = counter()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)


def fresh():
    yield 1


f = fresh()
try:
    f.throw(ValueError("into fresh"))
except ValueError as e:
    print("fresh throw propagates:", e)
print(list(f))


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise


c = catches_exit()
next(c)
c.close()
c.close()
print("closed twice fine")


def leaks_stop():
    yield 1
    raise StopIteration("leak")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def inner():
    x = yield "i1"
    y = yield f"i2 got {x}"
    return f"inner done {y}"


def outer():
    r = yield from inner()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list delegation returns", r2)
    return "outer done"


o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("final", e.value)


def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"handled {e!r}"
    yield "after"


def delegating():
    yield from thrower()


d = delegating()
next(d)
print(d.throw(KeyError("k")))
print(next(d))
try:
    d.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated", e)


def running():
    yield gen_ref.gi_running


gen_ref = running()
print(gen_ref.gi_running, next(gen_ref), gen_ref.gi_running)
gen_ref.close()


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# A generator that yields inside an except block: its exception stays its own.
import sys


def yields_in_handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]


h = yields_in_handler()
print(repr(next(h)), sys.exc_info())
try:
    raise ValueError("caller's")
except ValueError:
    print(repr(next(h)), repr(sys.exc_info()[1]))
print(sys.exc_info())


# Generator expressions: the first iterable is evaluated at once, the rest lazily.
def src(tag, n):
    print("evaluating", tag)
    return range(n)


ge = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(ge))
