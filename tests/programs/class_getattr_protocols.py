# __getattr__ vs __getattribute__ (order, AttributeError fallback, recursion via object),
# __setattr__/__delattr__ hooks, __slots__ with defaults/inheritance/__dict__, and the
# messages of missing or read-only attributes.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa", None), getattr(l, "b", "dflt"), hasattr(l, "q"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class Spy:
    def __init__(self):
        self.seen = []
        self.v = 5
    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
s = Spy()
print(s.v, s.boom, s.nope, s.seen)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("keep stays")
        object.__delattr__(self, name)
g = Guard()
g.a = 2
g.keep = "k"
print(g.a, g.keep, vars(g))
for f in [lambda: setattr(g, "_x", 1), lambda: delattr(g, "keep"), lambda: delattr(g, "zzz")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
del g.a
print(vars(g))
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = Pt(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"), Pt.__slots__)
for f in [lambda: p.y, lambda: setattr(p, "z", 1), lambda: delattr(p, "y")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
p.y = 2
del p.x
print(p.y, hasattr(p, "x"))
class Pt3(Pt):
    __slots__ = ("z",)
q = Pt3(5)
q.z = 9
print(q.x, q.z, hasattr(q, "__dict__"))
class Free(Pt):
    pass
f = Free(1)
f.anything = 3
print(f.anything, vars(f))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class RO:
    @property
    def val(self):
        return 1
r = RO()
for f in [lambda: setattr(r, "val", 2), lambda: delattr(r, "val"), lambda: setattr(1, "x", 1), lambda: object().x,
          lambda: setattr(object(), "x", 1), lambda: "s".nope, lambda: [].nope, lambda: type.nope, lambda: RO.nope]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
