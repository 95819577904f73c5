# `yield from` inside an async function is a SyntaxError.
print("never printed")


async def agen():
    yield from [1, 2]
