# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, StopIteration
# carrying the yielded value, StopAsyncIteration at the end, reuse errors, ag_ attributes.


def run(aw):
    """Drives an awaitable that never really suspends; returns its result."""
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("  got", got)
    finally:
        print("  counter finally")


g = counter(3)
print(type(g).__name__, g.__aiter__() is g)
print(g.ag_running, g.ag_frame is not None, g.ag_code.co_name)
a = g.__anext__()
print(type(a).__name__)
print(run(a))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(g.asend("hello")))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("again StopAsyncIteration")
print(g.ag_frame)


async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", e)
            yield "recovered"


c = catcher()
print(run(c.__anext__()))
print(run(c.athrow(ValueError("boom"))))
print(run(c.__anext__()))
print(run(c.athrow(ValueError, "two")))
try:
    run(c.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError", e)
try:
    run(c.__anext__())
except StopAsyncIteration:
    print("finished after error")

# aclose on a suspended generator runs its finally.
g = counter(5)
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("closed: StopAsyncIteration")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop():
    yield 1
    raise StopAsyncIteration


r = raises_stop()
run(r.__anext__())
try:
    run(r.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def raises_stop_iteration():
    raise StopIteration
    yield


try:
    run(raises_stop_iteration().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose before starting, athrow on a finished generator.
n = counter(2)
print(run(n.aclose()))
try:
    run(n.athrow(ValueError))
except StopAsyncIteration:
    print("athrow on closed: StopAsyncIteration")
print(repr(counter(1)).split(" at ")[0])
