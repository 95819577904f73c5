# asyncio with async generators: asyncio.run drives a main coroutine that iterates async
# generators which await asyncio.sleep(0), tasks interleaving with gather, an async
# comprehension over a generator, and the loop's shutdown closing an unfinished generator.
import asyncio

log = []


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            log.append(f"{name}{i}")
            yield i
    finally:
        log.append(f"{name} closed")


async def consume(name, n):
    total = 0
    async for v in ticker(name, n):
        total += v
    return total


async def main():
    results = await asyncio.gather(consume("a", 3), consume("b", 4))
    print(results)
    print(log)
    squares = [v * v async for v in ticker("c", 4)]
    print(squares)
    g = ticker("d", 5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print(log[-1])
    q = asyncio.Queue()

    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)

    async def items():
        while (item := await q.get()) is not None:
            yield item

    task = asyncio.create_task(producer())
    print([i async for i in items()])
    await task
    return "finished"


print(asyncio.run(main()))
