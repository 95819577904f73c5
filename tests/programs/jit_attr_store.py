# Instance attribute stores compiled inline (the same guards as loads; the old value dropped
# once the new one is in): heap values replacing heap values, values that point back at the
# instance, an object stored into itself, attributes
# appended (new names), and the guards failing in a compiled loop: `__setattr__`, a property
# setter added to the class, `__slots__`, attributes materialized into a dict.
class Box:
    def __init__(self):
        self.item = None
        self.count = 0

class Back:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

def swap_back(box, n):
    for i in range(n):
        box.item = Back("B" + str(i), box)
    return box.item.name, box.item.owner is box

b = Box()
print(swap_back(b, 3), swap_back(b, 2))
b.item = None

def selfref(objs):
    for o in objs:
        o.item = o
        o.count = o.count + 10
    return [o.item is o for o in objs]

print(selfref([Box(), Box(), Box()]))

def grow(objs):
    for o in objs:
        o.count = 1
        o.extra = o.count + 1
    return [(o.count, o.extra) for o in objs]

print(grow([Box(), Box()]))

class Logged(Box):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

def counts(objs):
    for o in objs:
        o.count = o.count + 1
    return [o.count for o in objs]

objs = [Box(), Box(), Box()]
for _ in range(3):
    print(counts(objs))
objs.append(Logged())
print(counts(objs))
Box.count = property(lambda self: 42, lambda self, v: print("setter", v))
try:
    print(counts(objs[:2]))
finally:
    del Box.count
print(counts(objs[:2]))

class Slot:
    __slots__ = ("count",)
    def __init__(self):
        self.count = 5

print(counts([Box(), Slot()]))
d = Box()
d.__dict__
print(counts([Box(), d, Box()]))
