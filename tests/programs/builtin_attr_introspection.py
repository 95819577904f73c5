# getattr/setattr/delattr/hasattr with defaults and errors, vars/dir on objects, classes
# and modules, isinstance/issubclass with tuples, unions and __instancecheck__/__subclasscheck__,
# callable, id stability, hash of builtins and unhashables.
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def meth(self):
        return "m"
a = A()
print(getattr(a, "x"), getattr(a, "y", "dflt"), getattr(A, "cls_attr"), getattr(a, "meth")(), hasattr(a, "x"), hasattr(a, "nope"))
setattr(a, "y", 5)
print(a.y, vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
delattr(a, "y")
print(hasattr(a, "y"), vars(a))
for f in [lambda: getattr(a, "nope"), lambda: getattr(a, 1), lambda: setattr(a, 2, 0), lambda: delattr(a, "nope"),
          lambda: delattr(A, "nope"), lambda: getattr(1, "real", 0, 0), lambda: vars(1), lambda: vars(a, a),
          lambda: setattr(1, "x", 2), lambda: getattr(None, "x"), lambda: hasattr(a, None)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("x" in dir(a), "meth" in dir(a), "cls_attr" in dir(A), "__init__" in dir(A), dir(a) == sorted(dir(a)))
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()), "append" in dir([]), "upper" in dir(""), "__add__" in dir(1))
import math
print("pi" in dir(math), vars(math)["pi"] == math.pi)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (str, (float, int))), isinstance(1, int | str), isinstance(None, type(None) | int), issubclass(bool, (str, int)))
print(isinstance(True, int), issubclass(bool, int), isinstance(A, type), issubclass(type, object), isinstance(object, type))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)),
          lambda: isinstance(1, [int]), lambda: issubclass(int, (1,))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class C:
    def __call__(self):
        return 1
print(callable(C), callable(C()), callable(a), callable(A.meth), callable(a.meth), callable(None), callable(type))
print(id(a) == id(a), id(a) != id(A()), hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(float("inf")), hash(-float("inf")), hash(frozenset()) == hash(frozenset()))
for v in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __eq__(self, o):
        return True
print(H.__hash__ is None, end=" ")
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
class H2(H):
    __hash__ = object.__hash__
print(isinstance(hash(H2()), int), {H2(): 1} != {})
