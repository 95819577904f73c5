# Generators: send() before start, send values through yield expressions, throw() with
# class/instance, close() with finally and GeneratorExit misuse, yield from return values
# and delegation of send/throw, gi_running/gi_frame state, and generator expression scoping.
def echo():
    got = []
    try:
        while True:
            v = yield len(got)
            got.append(v)
    finally:
        print("echo closed with", got)
g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
c = catcher()
next(c)
print(c.throw(ValueError("x")), next(c), c.throw(ValueError), end=" ")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def sub():
    x = yield "sub1"
    y = yield f"sub2 got {x}"
    return x, y
def main():
    r = yield from sub()
    yield f"main got {r}"
    return "done"
m = main()
print(next(m), m.send("A"), m.send("B"))
try:
    next(m)
except StopIteration as e:
    print("StopIteration value:", e.value)
def sub_thrower():
    try:
        yield 1
    except TypeError:
        yield "sub handled"
def deleg():
    yield from sub_thrower()
d = deleg()
next(d)
print(d.throw(TypeError), d.gi_running)
d.close()
def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as e:
    print("value", e.value, e.args)
x = 10
gen = (x * i for i in range(3))
x = 100
print(list(gen))
items = [1, 2, 3]
gen2 = (i for i in items)
items = [9]
print(list(gen2))
try:
    (a for a in 5)
except TypeError as e:
    print("TypeError:", e)
def gen_in_class():
    class K:
        vals = [1, 2]
        doubled = [v * 2 for v in vals]
        try:
            nested = [v + w for v in vals for w in vals]
        except NameError as e:
            nested = str(e)
    return K.doubled, K.nested
print(gen_in_class())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), sum(x for x in range(5) if x % 2), any(v > 3 for v in fib()))
g3 = (i for i in range(2))
print(next(g3), list(g3), list(g3), type(g3).__name__, g3.__name__ if hasattr(g3, "__name__") else "")
