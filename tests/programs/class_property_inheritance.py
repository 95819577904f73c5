# property in class hierarchies: overriding the getter only via @Base.prop.getter, setter
# inherited or replaced, deleter, property on a class accessed through the class, abstract
# style NotImplementedError, and __doc__ from the getter.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        "The value."
        return self._v

    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value

    @v.deleter
    def v(self):
        print("Base deleter")
        del self._v


class Doubling(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2


class ReadOnly(Base):
    @property
    def v(self):
        return "read only"


d = Doubling()
d.v = 5
print(d.v, Base.v.__doc__, Doubling.v.__doc__, type(Base.v).__name__)
del d.v
print(hasattr(d, "_v"))
r = ReadOnly()
try:
    r.v = 3
except AttributeError as e:
    print("AttributeError:", e)
print(r.v, Base.v.fset is Doubling.v.fset, ReadOnly.v.fset)


class Shape:
    @property
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s ** 2


print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Counter:
    _count = 0

    @property
    def count(self):
        type(self)._count += 1
        return type(self)._count


c = Counter()
print(c.count, c.count, Counter._count)


class Computed:
    def _get(self):
        return "via property()"

    value = property(_get, doc="explicit doc")


print(Computed().value, Computed.value.__doc__)
p = property()
try:
    p.__get__(Computed())
except AttributeError as e:
    print("AttributeError:", e)
