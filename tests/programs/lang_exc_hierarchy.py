# The builtin exception hierarchy, args/str/repr of exceptions, except (A, B) as e.
names = ["ZeroDivisionError", "KeyError", "IndexError", "FileNotFoundError",
         "UnboundLocalError", "ModuleNotFoundError", "RecursionError",
         "NotImplementedError", "StopIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "UnicodeDecodeError", "TabError", "OverflowError", "TimeoutError",
         "ConnectionError", "BrokenPipeError", "ConnectionResetError", "ProcessLookupError",
         "ChildProcessError", "InterruptedError", "BlockingIOError", "LookupError",
         "ArithmeticError", "AssertionError", "FloatingPointError", "EOFError", "MemoryError"]
for n in names:
    cls = eval(n)
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError)

e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("x")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception("a", "b")), str(Exception("only")))
for exc in [ZeroDivisionError, (TypeError, ZeroDivisionError), ArithmeticError, Exception]:
    try:
        1 / 0
    except exc as err:
        print("caught by", exc, type(err).__name__, err)
try:
    [][1]
except (KeyError, IndexError) as err:
    print(type(err).__name__, err)
try:
    {}["missing"]
except LookupError as err:
    print(type(err).__name__, err, err.args)
try:
    raise StopIteration(7)
except StopIteration as err:
    print("value", err.value, err.args)
try:
    raise SystemExit(3)
except SystemExit as err:
    print("code", err.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as err:
    print("base", type(err).__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e))
print(type(FileNotFoundError(2, "x")).__name__)
err = AttributeError("nope")
err.extra = 1
print(err.extra, err.args)
try:
    raise Exception
except Exception as x:
    print(repr(x), x.args)
try:
    raise 5
except TypeError as x:
    print("TypeError:", x)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError:
    print("ok")
