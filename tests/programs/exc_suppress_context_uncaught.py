# Uncaught exception whose __suppress_context__ was reset by hand after `from None`: the
# context is printed again; and an exception group as a cause.
def load():
    try:
        {}["key"]
    except KeyError as e:
        err = LookupError("lookup failed")
        raise err from None


try:
    load()
except LookupError as e:
    e.__suppress_context__ = False
    saved = e

try:
    raise saved
except LookupError as e:
    print("context:", repr(e.__context__))

raise RuntimeError("fatal") from ExceptionGroup("causes", [saved, ValueError("v")])
