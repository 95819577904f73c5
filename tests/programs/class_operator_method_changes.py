# Operator methods of instances looked up again after the class changes: a dunder replaced,
# added or deleted on the class or a base, an in-place method added later, an instance's
# __class__ reassigned, and two classes sharing one operator site.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __repr__(self):
        return "V(%r)" % self.x


class W(V):
    pass


def add_all(items):
    acc = items[0]
    for it in items[1:]:
        acc = acc + it
    return acc


print(add_all([V(1), V(2), V(3)]))
V.__add__ = lambda self, o: V(self.x * 10 + o.x)
print(add_all([V(1), V(2), V(3)]))


def plain_add(self, o):
    return V(self.x - o.x)


V.__add__ = plain_add
print(add_all([W(9), W(2), V(3)]))
W.__add__ = lambda self, o: "W+"
print(add_all([W(9), V(2)]), add_all([V(9), W(2)]))
del W.__add__
print(add_all([W(9), W(2)]))

# In-place operators: += falls back to __add__ until the class grows __iadd__.
v = V(1)
for _ in range(3):
    v += V(1)
print(v)


def iadd(self, o):
    self.x += 100 * o.x
    return self


V.__iadd__ = iadd
for _ in range(2):
    v += V(1)
print(v)
del V.__iadd__
v += V(1)
print(v)


class U:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return "U+"


u = V(5)
print(add_all([u, V(1)]))
u.__class__ = U
print(add_all([u, V(1)]))

# The right operand's reflected method when the left has none or returns NotImplemented.
class R:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd"


print([R(1) + R(2) if False else 0 for _ in range(1)], add_all([V(1), R(2)]) if False else "")
try:
    for _ in range(2):
        R(1) + R(2)
except TypeError as e:
    print("TypeError:", e)
print(1 + R(2), V(1).__add__(V(2)))
del V.__add__
try:
    V(1) + V(2)
except TypeError as e:
    print("TypeError:", e)
