# __context__, __cause__ and __suppress_context__ set by hand and by the interpreter, how
# traceback.format_exception renders them, and context cycles being cut.
import traceback


def fmt(e):
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    return [l.rstrip("\n").split("\n")[-1] for l in lines if not l.startswith("  File") and "^" not in l]


try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    v = e
print(repr(v.__context__), v.__cause__, v.__suppress_context__)
v.__suppress_context__ = True
print(fmt(v))
v.__suppress_context__ = False
v.__cause__ = TypeError("manual cause")
print(v.__suppress_context__)
print(fmt(v))
v.__cause__ = None
print(v.__suppress_context__, fmt(v))

try:
    v.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError:", e)
try:
    v.__context__ = 5
except TypeError as e:
    print("TypeError:", e)

# A context cycle: a -> b -> a is cut when raising.
a = RuntimeError("a")
b = RuntimeError("b")
try:
    try:
        raise a
    except RuntimeError:
        try:
            raise b
        except RuntimeError:
            raise a
except RuntimeError as e:
    print(e is a, repr(a.__context__), repr(b.__context__))

# Re-raising the handled exception does not chain it to itself.
try:
    try:
        raise OSError("io")
    except OSError as e:
        raise e
except OSError as e:
    print("self context:", e.__context__)

# raise ... from an exception class instantiates it.
try:
    raise IndexError("idx") from LookupError
except IndexError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise IndexError from 5
except TypeError as e:
    print("TypeError:", e)

# The context is only set when the new exception has none already.
pre = ZeroDivisionError("pre")
fresh = ValueError("fresh")
fresh.__context__ = pre
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise fresh
except ValueError as e:
    print(repr(e.__context__))

# with_traceback and __traceback__.
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, e.with_traceback(None) is e, e.__traceback__)
