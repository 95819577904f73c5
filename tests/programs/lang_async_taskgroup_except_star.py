# asyncio.TaskGroup (3.11): tasks run concurrently, results are collected after the block,
# failures surface as an ExceptionGroup handled with except*, and the sibling tasks are
# cancelled; asyncio.timeout-free, deterministic ordering via sleep(0).
import asyncio

log = []


async def worker(name, steps, fail=False):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            log.append(f"{name}{i}")
        if fail:
            raise ValueError(f"{name} failed")
        return name.upper()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("a", 2))
        b = tg.create_task(worker("b", 3))
    print(a.result(), b.result(), log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 1, fail=True))
            tg.create_task(worker("y", 5))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    print(log)
    results = await asyncio.gather(worker("g", 1), worker("h", 2, fail=True), return_exceptions=True)
    print([type(r).__name__ for r in results], results[0])


asyncio.run(main())
