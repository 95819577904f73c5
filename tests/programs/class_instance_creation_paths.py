# Instance creation takes a shortcut for plain classes; every other kind of class must still go
# the general way: changed __init__, __new__, metaclasses, builtin bases, abstract classes,
# exceptions, and a class whose __init__ is replaced or deleted between calls.
import abc


class P:
    def __init__(self, x):
        self.x = x


ps = [P(i) for i in range(5)]
print([p.x for p in ps])


def other_init(self, x):
    self.x = -x


P.__init__ = other_init
print([P(i).x for i in range(3)])
del P.__init__
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)


class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made_by_new = True
        return o

    def __init__(self, x):
        self.x = x


w = WithNew(3)
print(w.made_by_new, w.x)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(7).a)


class L(list):
    def __init__(self, items):
        super().__init__(items)
        self.n = len(items)


l = L([1, 2, 3])
print(l, l.n, len(l))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def __init__(self, k):
        self.k = k


class Square(Shape):
    def area(self):
        return self.k * self.k


for _ in range(3):
    try:
        Shape(1)
    except TypeError as e:
        print("TypeError:", e)
    print(Square(4).area())


class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


for c in range(2):
    try:
        raise MyError(c)
    except MyError as e:
        print(repr(e), e.code, e.args)


class Returns:
    def __init__(self):
        return 5


try:
    Returns()
except TypeError as e:
    print("TypeError:", e)


class Later:
    pass


print(type(Later()).__name__)
Later.__init__ = lambda self, v=1: setattr(self, "v", v)
print(Later().v, Later(9).v)
