# except* inside generators and coroutines: the handled part does not leak across yields,
# unhandled parts propagate out of next()/send(), and a group raised by gathered workers.
import sys


def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield f"handling {e.exceptions!r}"
        yield f"still inside: {sys.exc_info()[1]!r}"
    except* KeyError as e:
        yield f"then keys {e.exceptions!r}"
    yield "after"


g = gen()
print(next(g))
print("caller exc_info:", sys.exc_info())
print(list(g))


def partial():
    try:
        raise ExceptionGroup("p", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "handled value"


p = partial()
print(next(p))
try:
    next(p)
except ExceptionGroup as e:
    print("escaped:", repr(e))


class Tick:
    def __await__(self):
        yield


async def job(i):
    await Tick()
    if i % 2:
        raise ValueError(f"job {i}")
    return i


async def gather(n):
    results, errors = [], []
    for i in range(n):
        try:
            results.append(await job(i))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("jobs failed", errors)
    return results


async def main():
    try:
        await gather(4)
    except* ValueError as eg:
        return [str(e) for e in eg.exceptions]


c = main()
while True:
    try:
        c.send(None)
    except StopIteration as e:
        print("main returned", e.value)
        break
