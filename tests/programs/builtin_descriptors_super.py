# classmethod, staticmethod, property (getter/setter/deleter, docs), super() forms, object() basics
class Base:
    count = 0
    def __init__(self):
        self._v = 0
    @classmethod
    def make(cls, n):
        obj = cls()
        obj._v = n
        return obj
    @staticmethod
    def helper(a, b):
        return a + b
    @property
    def v(self):
        """the value"""
        return self._v
    @v.setter
    def v(self, new):
        if new < 0:
            raise ValueError('negative')
        self._v = new
    @v.deleter
    def v(self):
        self._v = None
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
    def explicit(self):
        return super(Child, self).hello()
b = Child.make(3)
print(type(b).__name__, b.v, Base.helper(1, 2), b.helper(3, 4), b.hello(), b.explicit())
b.v = 10
print(b.v)
try:
    b.v = -1
except ValueError as e:
    print("ValueError:", e)
del b.v
print(b.v, Base.v.__doc__, type(Base.__dict__['make']).__name__, type(Base.__dict__['helper']).__name__)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().x
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 'lam', doc='docstring')
print(p.__doc__, p.fget is not None, p.fset, property().fget)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, o == o, o != object(), str(o).startswith('<object object at'))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(super(Child, b).hello(), isinstance(super(Child, b), super))
class Multi(Child):
    def hello(self):
        return 'multi+' + super().hello()
print(Multi().hello())
