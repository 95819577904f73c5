# Exception class hierarchy and handler matching: except order, tuples of classes, base
# class catching, except with a non-exception class error, bare raise re-raise and
# "No active exception", exception objects after the handler, and builtin subclass checks.
pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError), (FileNotFoundError, OSError),
         (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
         (StopAsyncIteration, Exception), (KeyboardInterrupt, Exception), (GeneratorExit, BaseException), (TimeoutError, OSError),
         (BrokenPipeError, ConnectionError), (IsADirectoryError, OSError), (UnboundLocalError, NameError), (TabError, IndentationError),
         (IndentationError, SyntaxError), (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError), (EnvironmentError, OSError)]
print([issubclass(a, b) for a, b in pairs])
print(IOError is OSError, EnvironmentError is OSError, [c.__name__ for c in KeyError.__mro__], BaseException.__bases__)
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError, LookupError(), ZeroDivisionError, OverflowError("big"), ValueError("v")]:
    print(classify(exc))
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, "notaclass"):
        print("matched before bad tuple item")
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraiser():
    try:
        int("zz")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    raise ValueError("cleared")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
for bad in [5, "str", object, int]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class MyErr(LookupError):
    pass
try:
    raise MyErr("mine")
except LookupError as e:
    print(type(e).__name__, isinstance(e, Exception), e.args, MyErr.__mro__[1].__name__)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args, str(e) == "")
import sys
try:
    1 / 0
except ZeroDivisionError:
    info = sys.exc_info()
    print(info[0].__name__, str(info[1]), info[2] is not None, sys.exception().__class__.__name__ if hasattr(sys, "exception") else "ZeroDivisionError")
print(sys.exc_info())
