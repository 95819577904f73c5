# An exception raised inside an async generator, awaited through an async comprehension in
# a coroutine that is driven by hand, ends the program with a traceback through every frame
# (the driver, the coroutine, the comprehension and the generator).


async def numbers(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad item {i}")
        yield i


async def collect():
    return [x * 10 async for x in numbers(5)]


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print("start")
print(drive(collect()))
