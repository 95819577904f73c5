# async for and async with, driven by a hand-written loop: __aiter__/__anext__ with awaits
# inside, StopAsyncIteration ending the loop, break/continue/else, __aenter__/__aexit__
# suppressing or propagating, return through async with, and the protocol errors.
class Tick:
    def __await__(self):
        yield "tick"


class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


class Resource:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress

    async def __aenter__(self):
        await Tick()
        self.log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await Tick()
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks


async def loops():
    out = []
    async for v in ARange(5):
        if v == 1:
            continue
        if v == 4:
            break
        out.append(v)
    else:
        out.append("no else after break")
    async for v in ARange(2):
        out.append(f"second {v}")
    else:
        out.append("else ran")
    return out


print(run(loops()))


async def managers(log):
    async with Resource("a", log) as a, Resource("b", log, suppress=True) as b:
        log.append(f"body {a} {b}")
        raise ValueError("suppressed by b")
    try:
        async with Resource("c", log) as c:
            raise KeyError("propagates")
    except KeyError as e:
        log.append(f"caught {e!r}")
    return "done"


log = []
print(run(managers(log)), log)


async def early_return(log):
    async for i in ARange(3):
        async with Resource(f"r{i}", log):
            if i == 1:
                return f"returned at {i}"


log = []
print(run(early_return(log)), log)


async def errors():
    msgs = []
    for bad in (5, object()):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            msgs.append(str(e))
    try:
        async with 5:
            pass
    except TypeError as e:
        msgs.append(str(e))

    class NoNext:
        def __aiter__(self):
            return 1

    try:
        async for _ in NoNext():
            pass
    except TypeError as e:
        msgs.append(str(e))

    class HalfManager:
        async def __aenter__(self):
            return 1

    try:
        async with HalfManager():
            pass
    except TypeError as e:
        msgs.append(str(e))
    return msgs


for m in run(errors())[0]:
    print(m)


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise RuntimeError("iteration failed")


async def failing():
    async for _ in Failing():
        pass


try:
    run(failing())
except RuntimeError as e:
    print("RuntimeError:", e)
