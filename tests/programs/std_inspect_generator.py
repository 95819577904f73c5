# Generator and coroutine introspection: gi_frame (f_lineno, f_locals), gi_running, gi_code,
# gi_suspended, inspect.getgeneratorstate / getcoroutinestate through a generator's life.
import inspect
def gen():
    x = yield 1
    yield x
g = gen()
print(inspect.getgeneratorstate(g))
print(g.gi_running, g.gi_code.co_name, g.gi_frame is not None)
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
g.send(5)
try: next(g)
except StopIteration: pass
print(inspect.getgeneratorstate(g), g.gi_frame)
def me():
    print("inside", inspect.getgeneratorstate(g2), g2.gi_running)
    yield
g2 = me(); next(g2)
print(g.gi_yieldfrom, g.__name__, g.__qualname__)
async def co(): pass
c = co(); print(inspect.getcoroutinestate(c), c.cr_code.co_name); c.close(); print(inspect.getcoroutinestate(c))
def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
c = counter(5)
next(c); next(c)
print(sorted(c.gi_frame.f_locals.items()), c.gi_frame.f_lineno, c.gi_suspended)
async def agen():
    yield 1
a = agen()
print(a.ag_running, a.ag_code.co_name, a.ag_frame is not None)
