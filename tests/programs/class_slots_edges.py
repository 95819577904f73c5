# __slots__: no __dict__, AttributeError messages, inheritance (a subclass without __slots__
# gets a dict), __dict__/__weakref__ in slots, slot descriptors on the class, conflicts with
# class variables, and empty slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.x.__name__ if hasattr(P.x, "__name__") else "")


class Q(P):
    pass


q = Q(2)
q.anything = 1
print(q.__dict__, q.x)


class R(P):
    __slots__ = ("z",)


r = R(3)
r.z = 4
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "str slot"
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)


class Getattr:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return f"fallback {name}"


g = Getattr()
print(g.a, g.b)
g.a = 1
print(g.a)


class Prop:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value


pr = Prop()
pr.v = 21
print(pr.v)
print(sorted(n for n in dir(pr) if not n.startswith("__")))
