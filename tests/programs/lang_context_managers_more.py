# Context managers: __enter__ return values, __exit__ receiving the exception triple and
# suppressing by returning true, exceptions inside __exit__, nested and multiple items in
# one with, with inside loops with break/continue/return, and missing-protocol errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)
with CM("x") as a, CM("y", True) as b:
    print("both", a, b)
    raise RuntimeError("inner")
def in_loop():
    out = []
    for i in range(4):
        with CM(f"L{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out
print(in_loop())
def returns():
    with CM("r"):
        return "returned"
print(returns())
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("truthy string suppresses")
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return 1
for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with CM("outer"), EnterFails():
        print("unreached")
except OSError as e:
    print("OSError:", e)
import contextlib
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("cm handled zero division")
    finally:
        print("teardown", tag)
with managed("q") as val:
    print("got", val)
with managed("z"):
    1 / 0
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppress ok")
