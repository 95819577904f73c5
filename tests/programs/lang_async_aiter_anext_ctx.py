# The aiter()/anext() builtins (anext with a default turns StopAsyncIteration into the
# default) and contextlib's async context managers, which run on async generators:
# asynccontextmanager (normal exit, exception thrown in with athrow) and AsyncExitStack.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("resource saw", repr(e))
        raise
    finally:
        print("close", name)


async def agen():
    yield 1
    yield 2


class Numbers:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 100


async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b"):
            raise KeyError("inside")
    except KeyError as e:
        print("caught", repr(e))
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    n = aiter(Numbers())
    print(await anext(n), await anext(n), await anext(n, None))
    for bad in (1, [1]):
        for f in (aiter, anext):
            try:
                f(bad)
            except TypeError as e:
                print(f.__name__, e)
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("c"))
        y = await stack.enter_async_context(resource("d"))
        print(x, y)


asyncio.run(main())
