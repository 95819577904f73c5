# Instance attribute loads compiled inline (guards on the class, the type epoch, the split key
# table and the index): values inline and spilled (more than two attributes), heap values,
# `node = node.next` (the destination is the instance itself), and every way the guards fail
# in a compiled loop: attributes materialized into a dict (`__dict__`, deletion, another
# order), `__class__` assigned, a subclass instance, a property added to the class, a missing
# attribute (`__getattr__` and AttributeError), `__slots__`.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def walk(node):
    total = 0
    while node is not None:
        total += node.value
        node = node.next
    return total

for _ in range(3):
    print(walk(chain(50)))

class Wide:
    def __init__(self, k):
        self.a = k
        self.b = [k]
        self.c = "c" * k
        self.d = k * 1.5

def read_all(objs):
    out = []
    for o in objs:
        out.append((o.a, o.b, o.c, o.d))
    return out

objs = [Wide(k) for k in range(4)]
for _ in range(3):
    print(read_all(objs))

odd = Wide(9)
odd.__dict__["extra"] = 1
objs.append(odd)
print(read_all(objs))
gone = Wide(7)
del gone.c
gone.c = "again"
objs.append(gone)
print(read_all(objs))

class Other:
    pass
reordered = Other()
reordered.d, reordered.c, reordered.b, reordered.a = 1, 2, 3, 4
objs.append(reordered)
print(read_all(objs))

class SubWide(Wide):
    pass
objs.append(SubWide(5))
print(read_all(objs))
switched = Wide(3)
switched.__class__ = SubWide
objs.append(switched)
print(read_all(objs))

def values(objs):
    return [o.a for o in objs]

for _ in range(3):
    print(values(objs))
Wide.a = property(lambda self: "prop")
print(values(objs))
del Wide.a
print(values(objs))

class Lazy:
    def __getattr__(self, name):
        return "lazy " + name

print(values([Lazy(), Wide(1)]))
try:
    values([Wide(2), Other()])
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a

print(values([Slotted(1), Slotted(2), Wide(3)]))
