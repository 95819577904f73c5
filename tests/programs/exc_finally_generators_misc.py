# try/finally with return/break/continue overriding, exceptions in nested generators,
# StopIteration inside a generator becoming RuntimeError, assert messages, custom exception
# args/str/repr, UnboundLocalError/NameError messages from del and late binding.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            if i == 1:
                break
    return i
def f4():
    out = []
    for i in range(3):
        try:
            out.append(i)
            continue
        finally:
            out.append("f")
    return out
def f5():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(f1(), f2(), f3(), f4(), f5())
def inner_gen():
    yield 1
    raise ValueError("from inner")
def outer_gen():
    try:
        yield from inner_gen()
    except ValueError as e:
        yield f"caught {e}"
    yield "after"
print(list(outer_gen()))
def stopper():
    yield 1
    raise StopIteration("oops")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__cause__)
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e)
for cond, msg in [(1 == 1, "ok"), (1 == 2, "math broke"), ([], None), (0, ("tuple", 1))]:
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        print("passed")
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(code, detail)
        self.code = code
class Quiet(Exception):
    pass
e = AppError(404, "missing")
print(e.args, str(e), repr(e), e.code, str(Quiet()), repr(Quiet()), str(Quiet("one")), repr(Quiet(1, 2)), str(Quiet(1, 2)))
print(repr(ValueError()), str(KeyError("k")), str(KeyError("a", "b")), str(OSError(2, "nf", "f.txt")))
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
z = 1
del z
try:
    z
except NameError as e:
    print("NameError:", e)
try:
    del z
except NameError as e:
    print("NameError:", e)
def free_late():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print("NameError:", e)
    v = 2
    return get()
print(free_late())
try:
    undefined_name_here
except NameError as e:
    print("NameError:", e)
