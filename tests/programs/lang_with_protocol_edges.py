# with-statement protocol edge cases: __exit__ arguments, truthy return suppresses, exceptions
# in __enter__/__exit__, several managers unwinding in reverse, return/break through with,
# and managers that are not managers.
class CM:
    def __init__(self, name, suppress=False, log=None):
        self.name, self.suppress, self.log = name, suppress, log if log is not None else []

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r} {tb is not None}")
        return self.suppress


log = []
with CM("a", log=log) as a, CM("b", suppress=True, log=log) as b:
    log.append(f"body {a.name}{b.name}")
    raise ValueError("x")
log.append("after")
print(log)


def ret():
    log = []
    with CM("r", log=log):
        return log


print(ret())

log = []
for i in range(3):
    with CM(str(i), log=log):
        if i == 1:
            break
print(log)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with CM("outer", log=(log := [])), BadEnter():
        print("not reached")
except RuntimeError as e:
    print("caught", e, log)


class BadExit:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        raise KeyError("exit failed")


try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))


class Falsy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 0


class Weird:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


try:
    with Falsy():
        raise IndexError("kept")
except IndexError as e:
    print("propagated", e)
with Weird():
    raise IndexError("suppressed by truthy str")
print("continued")

for bad in (object(), 42):
    try:
        with bad:
            pass
    except TypeError as e:
        print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)


# __enter__/__exit__ are looked up on the type, not the instance.
class Plain:
    pass


p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print("TypeError:", e)
