# types.coroutine on a generator function flags its code (co_flags 0x100) so its generators
# can be awaited directly: the generator's yields pass through to whoever drives the
# awaiting coroutine and its return value is the await's result.
import inspect
import types


@types.coroutine
def suspend(label):
    reply = yield label
    return reply * 2


async def work():
    a = await suspend("first")
    b = await suspend("second")
    return a + b


g = suspend("x")
print(type(g).__name__, inspect.isawaitable(g), suspend.__name__)
print(bool(suspend.__code__.co_flags & 0x100), bool(suspend.__code__.co_flags & 0x20))
g.close()
c = work()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)


async def already():
    return 1


print(types.coroutine(already) is already)
co = suspend.__code__.replace(co_name="renamed")
print(co.co_name, co.co_flags == suspend.__code__.co_flags)
h = types.FunctionType(co, globals(), "h")
print(h.__name__, next(h("via FunctionType")))
