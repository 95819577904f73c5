# Instantiation and operator dunders through the fast paths: object.__new__ with and without
# __init__, __new__ overrides (returning other types), extra-argument errors, dunders called
# with 0-3 arguments and more, and exception subclasses keeping their args.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    __hash__ = None

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __call__(self, *args, **kw):
        return (len(args), sorted(kw))

    def __getitem__(self, i):
        return (self.x, self.y)[i]


v = V(1, 2) + V(3, 4) * 2
print(v, 3 * v, v == V(7, 10), v != V(0, 0), v[1], v(1, 2, 3, 4, 5, a=1))


class Plain:
    pass


print(type(Plain()).__name__)
for args in [(1,), (), ]:
    try:
        print(type(Plain(*args)).__name__)
    except TypeError as e:
        print("TypeError:", e)


class Singleton:
    _it = None

    def __new__(cls, *args):
        if cls._it is None:
            cls._it = super().__new__(cls)
        return cls._it

    def __init__(self, tag):
        self.tag = tag


a, b = Singleton("a"), Singleton("b")
print(a is b, a.tag)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Weird())


class E(ValueError):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b


e = E(1, 2)
print(e.args, e.extra, repr(e))


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as err:
    print("TypeError:", err)
try:
    V(1)
except TypeError as err:
    print("TypeError:", err)
