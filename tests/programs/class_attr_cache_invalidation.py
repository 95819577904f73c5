# Attribute access through the inline caches: every way a cached answer can go stale
# (class attributes rebound, methods shadowed by instance attributes, __class__ assignment,
# properties added later, deleted attributes, many classes at one site, module attributes
# rebound, non-interned attribute names) must give the same results as a fresh lookup.
import sys


class A:
    kind = "A"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def who(self):
        return "A.who"


class B(A):
    kind = "B"

    def who(self):
        return "B.who"


def read(o):
    return o.x, o.kind, o.get(), o.who()


objs = [A(1), B(2)]
for round_ in range(3):
    print([read(o) for o in objs])

# A class attribute rebound, then shadowed on an instance.
A.kind = "A2"
print([read(o) for o in objs])
objs[0].kind = "inst"
print([read(o) for o in objs])
del objs[0].kind
print([read(o) for o in objs])

# A method shadowed by an instance attribute, then restored.
objs[1].who = lambda: "lambda.who"
print([read(o) for o in objs])
del objs[1].who
print([read(o) for o in objs])

# A method replaced on the class.
def new_get(self):
    return -self.x
A.get = new_get
print([read(o) for o in objs])

# __class__ assignment.
o = A(5)
print(read(o))
o.__class__ = B
print(read(o))

# An attribute deleted: the cached slot must not answer.
def get_x(o):
    return o.x
p = A(7)
for _ in range(3):
    print(get_x(p))
del p.x
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 8
print(get_x(p))

# A property added to the class turns the instance attribute into a computed one.
q = A(3)
for _ in range(2):
    print(q.x)
A.x = property(lambda self: "property x")
print(q.x)
try:
    q.x = 4
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(q.x)

# Many classes through one site (more than the cache remembers).
classes = [type("C%d" % i, (), {"v": i, "m": (lambda i: lambda self: i * 10)(i)}) for i in range(7)]
insts = [c() for c in classes]
for r in range(3):
    print([(i.v, i.m()) for i in insts])
for i, inst in enumerate(insts):
    inst.v = -i
print([(i.v, i.m()) for i in insts])

# Attributes set through setattr with names built at run time (not interned).
s = A(0)
for i in range(3):
    setattr(s, "dyn" + str(i), i)
    s.x = i
print(s.dyn0, s.dyn1, s.dyn2, s.x, sorted(vars(s)))

# Insertion order differs between instances of one class.
u, v = A.__new__(A), A.__new__(A)
u.x, u.y = 1, 2
v.y, v.x = 3, 4
for _ in range(2):
    print(u.x, u.y, v.x, v.y)


# Module attributes rebound.
class Holder:
    pass


mod = sys.modules[__name__]
mod.value = 1
def read_value():
    return mod.value
print(read_value(), read_value())
mod.value = 2
print(read_value())
import math
def root():
    return math.sqrt(16)
print(root())
math.sqrt = lambda v: "patched"
print(root())

# __getattr__ added to a class after its sites were cached.
w = A(1)
def missing(o):
    return o.missing
try:
    missing(w)
except AttributeError as e:
    print("AttributeError:", e)
A.__getattr__ = lambda self, name: "fallback " + name
print(missing(w), w.x)
