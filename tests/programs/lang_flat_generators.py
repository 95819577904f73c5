# for loops over generators that the interpreter runs as entered frames: items, exhaustion,
# exceptions raised inside (caught inside or outside), StopIteration turned into RuntimeError,
# break leaving a generator suspended (then resumed by next() or closed), re-entrancy errors,
# and generators mixed with plain calls and yield from.
def count(n):
    for i in range(n):
        yield i

print(list(count(4)), sum(x * x for x in count(5)))

def failing(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i

got = []
try:
    for x in failing(5):
        got.append(x)
except KeyError as e:
    print("KeyError", e, got)

def caught_inside():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -i

print(list(caught_inside()))

def leaks_stop():
    yield 1
    raise StopIteration("inner")

try:
    for x in leaks_stop():
        print("item", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def with_finally():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally ran")

g = with_finally()
for x in g:
    if x == 2:
        break
print("after break", next(g), next(g))
g.close()
print("closed")

def selfish():
    for i in range(3):
        try:
            next(me)
        except ValueError as e:
            yield str(e)

me = selfish()
for msg in me:
    print(msg)

def helper(x):
    return x * 10

def uses_calls(n):
    for i in range(n):
        yield helper(i) + len(str(i))

print(list(uses_calls(4)))

def inner():
    yield 1
    yield 2
    return "done"

def outer():
    r = yield from inner()
    yield r
    for y in inner():
        yield y * 100

print(list(outer()))

def depth(n):
    if n:
        for x in depth(n - 1):
            yield x + 1
    else:
        yield 0

print(list(depth(50)))

def mixed():
    yield 1
    yield 2
    yield 3

m = mixed()
print(next(m))
for x in m:
    print("loop", x)
print(list(m), next(m, "exhausted"))

def returns_value():
    yield 1
    return 99

print([x for x in returns_value()])

def gen_raises_later():
    yield "a"
    1 / 0

def consume():
    out = []
    for v in gen_raises_later():
        out.append(v)
    return out

try:
    consume()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for v in gen_raises_later():
    print(v)
