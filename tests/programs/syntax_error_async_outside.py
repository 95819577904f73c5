# async for / async with / await outside an async function are SyntaxErrors; inside a nested
# plain function of a coroutine too.
for src in ("def f():\n    async for x in y:\n        pass\n",
            "def f():\n    async with m:\n        pass\n",
            "def f():\n    await g()\n",
            "async def f():\n    def g():\n        async with m:\n            pass\n",
            "async def f():\n    async with m as (a, b):\n        async for x in y:\n            await x\n"):
    try:
        compile(src, "<a>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


def plain():
    async with open("x"):
        pass
