# `async for` over async generators: awaits inside them passing through a hand-written
# driver, break followed by an explicit aclose() running the generator's finally, async
# with inside, yield inside try/except, and `return` ending the iteration.
import types


@types.coroutine
def tick(label):
    """A bare awaitable: suspends once, handing `label` to the driver."""
    got = yield label
    return got


def drive(coro):
    """Runs a coroutine, answering each suspension with the label's length."""
    sent = None
    while True:
        try:
            label = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("  driver saw", label)
        sent = len(label)


async def numbers(n):
    try:
        for i in range(n):
            size = await tick(f"before {i}")
            yield i * 10 + size
    finally:
        print("  numbers finally")


class Manager:
    async def __aenter__(self):
        print("  enter")
        return self

    async def __aexit__(self, *exc):
        print("  exit", exc[0])
        return False


async def managed():
    async with Manager():
        yield "inside"
        yield "still inside"


async def early():
    yield 1
    return
    yield 2


async def main():
    total = []
    async for v in numbers(3):
        total.append(v)
    print(total)
    gen = numbers(10)
    async for v in gen:
        if v > 15:
            break
        print("got", v)
    print("after break")
    await gen.aclose()
    async for s in managed():
        print(s)
    print([x async for x in early()])
    async for v in numbers(2):
        pass
    else:
        print("else ran")
    return "main done"


print(drive(main()))
