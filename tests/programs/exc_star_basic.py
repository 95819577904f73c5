# except*: each clause gets its share of a group, naked exceptions are wrapped, unmatched parts
# propagate, else/finally run as with plain except.
def run(exc, label):
    print("--", label)
    try:
        try:
            if exc is not None:
                raise exc
            print("no exception")
        except* ValueError as e:
            print("ValueError part:", repr(e), type(e).__name__)
        except* (TypeError, KeyError) as e:
            print("Type/Key part:", repr(e))
        except* LookupError:
            print("LookupError part (no name)")
        else:
            print("else ran")
        finally:
            print("finally ran")
    except BaseException as outer:
        print("escaped:", repr(outer))


run(None, "nothing")
run(ValueError("naked"), "naked ValueError")
run(IndexError(1), "naked IndexError")
run(ZeroDivisionError(), "naked unmatched")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), IndexError(3)]), "all matched")
run(ExceptionGroup("g", [ValueError(1), ZeroDivisionError(2)]), "partly matched")
run(ExceptionGroup("g", [ExceptionGroup("n", [KeyError("k"), ValueError(0)]), OSError()]), "nested")
run(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(9)]), "base group")

# The name is unbound after the clause, as with except.
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# sys.exc_info() inside a clause is the matched part.
import sys
try:
    raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# A clause runs at most once; a later clause sees only what earlier ones left.
count = 0
try:
    raise ExceptionGroup("x", [ValueError(1), ValueError(2), TypeError(3)])
except* Exception as e:
    count += 1
    print("Exception clause:", repr(e))
except* TypeError:
    print("never")
print("count", count)

# In a loop and a function.
def f(n):
    out = []
    for i in range(n):
        try:
            raise ExceptionGroup("loop", [ValueError(i)] * (i % 2 + 1))
        except* ValueError as e:
            out.append(len(e.exceptions))
    return out


print(f(5))
