# __slots__: no instance dict, AttributeError for other names, inheritance of slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), P.__slots__)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)


class Q(P):
    __slots__ = ("z",)


q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class R(P):
    pass


r = R(1, 2)
r.extra = "ok"
print(r.extra, r.__dict__)


class S:
    __slots__ = "only"


s = S()
try:
    s.only
except AttributeError as e:
    print("AttributeError:", e)
s.only = 1
print(s.only, type(S.__dict__["only"]).__name__)
