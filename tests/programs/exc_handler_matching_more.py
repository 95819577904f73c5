# except clauses: matching by tuple (nested tuples not allowed at runtime), a class computed at
# runtime, the first matching clause winning, non-exception classes in except (TypeError only
# when checked), exception variables cleared after the block, and bare except catching
# BaseException subclasses.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return f"other {type(e).__name__}"
    except BaseException as e:
        return f"base {type(e).__name__}"


for exc in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(),
            KeyboardInterrupt(), SystemExit(), GeneratorExit()):
    print(classify(exc))

handlers = {"v": ValueError}
try:
    int("x")
except handlers["v"] as e:
    print("computed class:", e)

try:
    try:
        raise ValueError("v")
    except "not a class":
        print("never")
except TypeError as e:
    print("TypeError:", e)

try:
    raise KeyError("k")
except ValueError:
    pass
except KeyError:
    print("second clause wins")

e = "kept?"
try:
    raise OSError("x")
except OSError as e:
    pass
print("e" in dir())


def bare():
    try:
        raise SystemExit(3)
    except:
        import sys
        return f"bare caught {sys.exc_info()[0].__name__}"


print(bare())

try:
    try:
        raise ValueError("inner")
    except (TypeError, (ValueError,)):
        print("nested tuple matched")
except TypeError as err:
    print("TypeError:", err)


class Meta(type):
    def __instancecheck__(cls, inst):
        return True

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return False


class Virtual(Exception, metaclass=Meta):
    pass


try:
    raise ValueError("virtual?")
except Virtual:
    print("caught by Virtual")
except ValueError:
    print("ValueError clause")
