# Coroutine protocol errors, with CPython's messages: awaiting a non-awaitable, __await__
# returning a non-iterator, reusing a finished coroutine, sending a value to a just-started
# coroutine, and close() of a suspended coroutine running its finally.
import types


@types.coroutine
def pause():
    yield "paused"


class BadAwait:
    def __await__(self):
        return 42


class GoodAwait:
    def __await__(self):
        yield "from GoodAwait"
        return "good result"


async def await_it(x):
    return await x


def run(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        out.append(("result", e.value))
    except TypeError as e:
        out.append(("TypeError", str(e)))
    return out


print(run(await_it(5)))
print(run(await_it(BadAwait())))
print(run(await_it(GoodAwait())))


async def simple():
    return 1


c = simple()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = simple()
try:
    c2.send("x")
except TypeError as e:
    print("TypeError:", e)
c2.close()


async def with_finally():
    try:
        await pause()
    finally:
        print("finally ran")


c3 = with_finally()
print(c3.send(None))
c3.close()
print(c3.cr_frame, c3.cr_running)
