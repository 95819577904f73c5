# Attribute loads compiled with one guarded path per class the cache saw (instances of
# several subclasses, each with its own key table, at one site), a class attribute reaching
# the same site, and a value of another type in the attribute.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
class A(Base): pass
class B(Base): pass
class C(Base):
    def __init__(self, v):
        self.w = 0
        self.v = v
class D: 
    v = 100
def total(objs):
    t = 0
    for o in objs:
        t += o.v
    return t
objs = [A(1), B(2), C(3), Base(4)]
for _ in range(4):
    print(total(objs))
objs.append(D())
print(total(objs))
objs[0].v = "x" 
try:
    print(total(objs))
except TypeError as e:
    print("TypeError:", e)
