# Checks: try/except/else/finally combinations, `as e`, tuple of exception types, bare except, ordering of handlers.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 // 0
    return "ok"
for kind in ["none", "value", "type", "key", "zero"]:
    try:
        r = risky(kind)
    except ValueError as e:
        print(kind, "ValueError", e)
    except (TypeError, KeyError) as e:
        print(kind, "Type/Key", type(e).__name__, e)
    except:
        print(kind, "bare except")
    else:
        print(kind, "else branch", r)
    finally:
        print(kind, "finally")
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e))
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base class:", type(e).__name__, e)
try:
    [][0]
except Exception as e:
    print("Exception catches", type(e).__name__, e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught", e)
e = "still here"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(repr(ValueError("a")), str(ValueError("a")), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
