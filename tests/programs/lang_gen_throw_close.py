# Checks: generator send/throw/close, GeneratorExit handling, return value in StopIteration.
def g():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except KeyError as e:
        print("caught", repr(e))
        yield 3
    finally:
        print("cleanup")
    return 9
it = g()
print(next(it), it.send("s"), it.throw(KeyError("k")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
it2 = g()
next(it2)
it2.close()
print(it2.gi_running if hasattr(it2, "gi_running") else None)
