# vars(), dir(), getattr/setattr/hasattr/delattr with defaults and errors
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        return 3
p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")), "x" in dir(p), "method" in dir(p), "cls_attr" in dir(p))
print(getattr(p, "x"), getattr(p, "z", "default"), getattr(p, "method")(), hasattr(p, "y"), hasattr(p, "nope"))
setattr(p, "z", 9); delattr(p, "x")
print(vars(p), hasattr(p, "x"), getattr(P, "cls_attr"), getattr(1, "real"), getattr("s", "upper")())
for bad in [lambda: getattr(p, "missing"), lambda: getattr(p, 1), lambda: delattr(p, "x"), lambda: vars(1),
            lambda: setattr(1, "x", 2), lambda: getattr(p), lambda: setattr(p, 5, 1), lambda: vars(p, p),
            lambda: hasattr(p, None), lambda: object().x]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Slots:
    __slots__ = ("a",)
s = Slots()
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError(name)
    def __dir__(self):
        return ["zeta", "alpha"]
d = Dyn()
print(getattr(d, "d_x"), getattr(d, "nope", 0), hasattr(d, "nope"), dir(d))
import math
print("sqrt" in dir(math), "pi" in vars(math), sorted(dir(1))[:3], "append" in dir([]), dir() == sorted(dir()))
def f():
    local_a = 1
    local_b = 2
    return dir(), sorted(vars().keys()) if False else locals()
print(f())
