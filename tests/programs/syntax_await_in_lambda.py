# `await` in a lambda inside an async function is still outside an async function.
print("never printed")


async def f(x):
    return lambda: await x
