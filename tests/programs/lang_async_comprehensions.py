# Asynchronous comprehensions: `async for` in list/set/dict comprehensions and generator
# expressions, `await` in a comprehension's element and condition, nested async
# comprehensions (the outer one becomes a coroutine too), and an async generator expression
# created in a plain function.


class Countdown:
    """An async iterator class (no generator involved)."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return 2 * x


async def is_odd(x):
    return x % 2 == 1


def make_agenexp(n):
    # Allowed outside an async function: it is an async generator.
    return (x * x async for x in agen(n))


async def main():
    print([x async for x in agen(4)])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: str(x) async for x in Countdown(3)})
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await is_odd(x)])
    print([await double(x) async for x in agen(3) if await is_odd(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([x + y for x in range(2) async for y in Countdown(2)])
    ge = (await double(x) for x in range(3))
    print(type(ge).__name__, [v async for v in ge])
    ge2 = make_agenexp(4)
    print(type(ge2).__name__, [v async for v in ge2])
    print([x for x in [await double(5)]])
    comp = [y := await double(x) for x in range(2)]
    print(comp, y)


coro = main()
try:
    coro.send(None)
except StopIteration:
    print("done")
