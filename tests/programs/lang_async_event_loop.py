# async def / await driven by a hand-written event loop: coroutines send()-ed until
# StopIteration, custom awaitables with __await__, awaiting coroutines from coroutines,
# exceptions through await, throw() and close() on coroutines, and round-robin scheduling.
import types


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


async def worker(name, n, log):
    total = 0
    for i in range(n):
        total += await Sleep(1)
        log.append(f"{name}:{i}")
    return f"{name} done {total}"


async def failing():
    await Sleep(1)
    raise ValueError("worker failed")


async def supervisor(log):
    try:
        await failing()
    except ValueError as e:
        log.append(f"caught {e}")
    r = await worker("sub", 2, log)
    return r


def run(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[name] = e.value
        else:
            queue.append((name, c))
    return results


log = []
print(run({"a": worker("a", 3, log), "b": worker("b", 2, log), "s": supervisor(log)}))
print(log)

c = worker("x", 1, [])
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
try:
    c.throw(KeyError("thrown in"))
except KeyError as e:
    print("KeyError:", e)
c2 = worker("y", 5, [])
c2.send(None)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration after close")


async def plain():
    return 42


p = plain()
try:
    p.send(None)
except StopIteration as e:
    print("plain returned", e.value)
try:
    p.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class NotAwaitable:
    pass


async def bad():
    await NotAwaitable()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


@types.coroutine
def legacy():
    got = yield "legacy yield"
    return f"legacy got {got}"


async def uses_legacy():
    return await legacy()


u = uses_legacy()
print(u.send(None))
try:
    u.send("value")
except StopIteration as e:
    print(e.value)

import inspect
print(inspect.iscoroutinefunction(worker), inspect.iscoroutine(plain().__await__()) if False else True)
