# An uncaught exception raised while handling another: both are printed, CPython style.
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"no key {k!r}") from e


print("start")
try:
    load({}, "a")
except LookupError as e:
    print("caught:", e)
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    load({}, "b")
