# add_note and __notes__, and how notes and a plain uncaught ExceptionGroup print.
e = ValueError("v")
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)


def inner():
    err = KeyError("inner")
    err.add_note("inner note")
    raise err


def leaf(i):
    try:
        if i == 0:
            inner()
        raise IndexError(i)
    except Exception as x:
        return x


group = ExceptionGroup("top", [leaf(0), leaf(1), BaseExceptionGroup("b", [ValueError("vv")])])
group.add_note("group note")
raise group
