# yield from delegation: send, throw and close pass through to the inner generator, return
# values come back, exceptions propagate both ways, and nesting several levels.
def inner(tag):
    received = []
    try:
        while True:
            v = yield f"{tag}:{len(received)}"
            if v == "stop":
                return received
            received.append(v)
    except KeyError as e:
        yield f"{tag} handled {e}"
        return ["after-throw"]
    finally:
        print(f"{tag} finally")


def middle():
    r1 = yield from inner("A")
    print("middle got", r1)
    r2 = yield from inner("B")
    print("middle got", r2)
    return len(r1) + len(r2)


def outer():
    total = yield from middle()
    yield f"total {total}"


g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.send("stop"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
g2 = outer()
print(next(g2), g2.send("x"))
g2.close()
print("closed", g2.gi_running)


def failing():
    yield 1
    raise ValueError("inside")


def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        yield f"wrapper caught {e}"


print(list(wrapper()))


def delegate_iter():
    got = yield from iter([1, 2])
    yield got


print(list(delegate_iter()))


def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ge = ignore_exit()
next(ge)
try:
    ge.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def send_to_list():
    yield from [1, 2]


sl = send_to_list()
next(sl)
try:
    sl.send(5)
except AttributeError as e:
    print("AttributeError:", e)
