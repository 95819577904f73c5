# An error raised inside an async generator while it handles another one (implicit
# chaining), escaping through `async for` in a coroutine driven by a plain function: both
# tracebacks print, each through the generator's and the coroutine's frames.
import types


@types.coroutine
def pause():
    yield


async def rows():
    yield {"id": 1}
    try:
        {}["missing"]
    except KeyError:
        raise LookupError("row 2 unreadable")
    yield {"id": 2}


async def main():
    async for row in rows():
        print("row", row)
        await pause()


def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration:
            return


drive(main())
