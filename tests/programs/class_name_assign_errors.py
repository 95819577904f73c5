# __name__ and __qualname__ of functions and classes only take strings; deleting a builtin
# object's method or data attribute says which (read-only / not writable).
def f():
    pass


for attr in ("__name__", "__qualname__"):
    try:
        setattr(f, attr, 5)
    except TypeError as e:
        print("function", attr, e)


class C:
    pass


for attr in ("__name__", "__qualname__"):
    try:
        setattr(C, attr, 5)
    except TypeError as e:
        print("class", attr, e)
C.__qualname__ = "Outer.C"
f.__qualname__ = "g.f"
print(C.__qualname__, C.__name__, f.__qualname__, repr(C))
for obj, attr in ((1, "real"), ([1], "append"), ("s", "upper"), (1, "nothing"), (1.5, "imag")):
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print(type(obj).__name__, attr, e)
x = 5
del (1).real
