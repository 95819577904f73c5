# raise from, implicit chaining, __cause__/__context__/__suppress_context__, bare raise.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e


try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise IndexError("while handling")
except IndexError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling")
        raise


try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))

try:
    try:
        raise TypeError("first")
    finally:
        print("finally runs")
except TypeError as e:
    print("after finally", e)

e1 = ValueError("one")
e2 = TypeError("two")
e2.__cause__ = e1
print(e2.__cause__ is e1, e2.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
        raise
except ValueError as e:
    print(e is err)


def nested():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError as t:
            return repr(t.__context__)


print(nested())
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
