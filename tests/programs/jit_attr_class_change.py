# Native attribute access (issue #7) stays correct when the class changes under a compiled
# loop: a class attribute rebound, a method replaced, `__class__` assigned midway, a
# property or `__getattr__` class reaching the same site, a method shadowed by an instance
# attribute, and a `__slots__` class.


class A:
    scale = 2

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * self.scale


class B:
    def __init__(self, v):
        self.v = v

    def get(self):
        return -self.v


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v + 1000

    @v.setter
    def v(self, x):
        self._v = x * 10

    def get(self):
        return 5


class G:
    def __getattr__(self, name):
        return 77

    def get(self):
        return 6


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def run(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.v + o.get()
            if i == n // 2 and type(o) is A:
                # Rebinding a class attribute and a method bumps the type epoch.
                A.scale = 3
                A.get = lambda self: self.v * 100
    return t


def store(objs, n):
    for i in range(n):
        for o in objs:
            o.v = i
    return [o.v for o in objs]


print(run([A(1), A(2)], 100))
print(run([A(1), P(2), G(), S(4)], 100))
print(store([A(1), P(2), S(3), A(4)], 50))

# __class__ assigned midway.
x = A(5)
t = 0
for i in range(100):
    t += x.get() + x.v
    if i == 50:
        x.__class__ = B
print(t, type(x).__name__)

# A method shadowed by an instance attribute midway.
y = A(3)
out = []
for i in range(60):
    out.append(y.get())
    if i == 30:
        y.get = lambda: "own"
print(out[29:33], len(out))
