# property, staticmethod, classmethod and super() builtins: getters, setters, deleters, docs, chaining
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32, doc="fahrenheit")
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        t = cls()
        t.c = v
        return t
t = Temp.make(100)
print(t.c, t.f, Temp.c.__doc__, Temp.f.__doc__, Temp.unit(), t.unit(), type(Temp.__dict__["unit"]).__name__)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
del t.c
print(t.c)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.f
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temp.c, property), Temp.c.fget.__name__, Temp.c.fset is not None, Temp.f.fset)
p = property(lambda s: 1)
p2 = p.setter(lambda s, v: None)
print(p is not p2, p2.fget is p.fget, callable(Temp.__dict__["make"].__func__), Temp.make.__self__ is Temp)
sm = staticmethod(len)
print(sm("abc"), sm.__func__ is len, classmethod(len).__func__ is len)
class Base:
    def hello(self):
        return "base hello"
    @classmethod
    def create(cls):
        return cls.__name__
class Child(Base):
    def hello(self):
        return "child + " + super().hello()
    @classmethod
    def create(cls):
        return "child:" + super().create()
class Grand(Child):
    def hello(self):
        return "grand + " + super(Child, self).hello()
print(Child().hello(), Child.create(), Grand().hello(), Grand.create(), super(Child, Child()).hello())
print(type(super(Child, Child())).__name__, repr(super(Base, Base()))[:22])
try:
    super(Base, 1)
except TypeError as e:
    print("TypeError:", e)
