# An async generator still suspended when asyncio.run's main coroutine returns is closed by
# the loop's shutdown (its finally runs before asyncio.run returns, through the asyncgen
# hooks), one closed explicitly after `break` runs its finally at once, and one left
# unstarted never runs its body.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("finally", name)


async def main():
    a = ticker("a", 5)
    async for v in a:
        if v == 1:
            break
    await a.aclose()
    print("after break")
    await asyncio.sleep(0)
    g = ticker("never started", 3)
    del g
    kept = ticker("kept", 5)
    print(await kept.__anext__())
    print("end of main")
    return kept


asyncio.run(main())
print("after run")
