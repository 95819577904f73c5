# Descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Rec:
    size = Typed()
    label = NonData()

    def __init__(self, size):
        self.size = size


r = Rec(3)
print(r.size, r.__dict__)
try:
    r.size = "big"
except TypeError as e:
    print("TypeError:", e)
print(r.label)
r.label = "instance wins"
print(r.label)
print(Rec.size.owner, Rec.size.name, type(Rec.__dict__["size"]).__name__)
del r.size
print(r.size)


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype):
        self.reads += 1
        return (objtype.__name__, obj is None)


class Host:
    c = Counted()


print(Host.c, Host().c, Host.__dict__["c"].reads)


class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class Uses:
    @Method
    def add(self, x):
        return x + 100


print(Uses().add(1))
