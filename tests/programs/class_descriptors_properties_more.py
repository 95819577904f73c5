# Descriptors and properties: data vs non-data precedence over the instance dict, property
# getter/setter/deleter chains and docs, classmethod/staticmethod access from class and
# instance, descriptors on the class itself (obj None), __get__ owner argument, and errors.
class NonData:
    def __get__(self, obj, owner):
        return ("nondata", obj is None, owner.__name__)
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None)
    def __set__(self, obj, value):
        obj.__dict__["data_store"] = value
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, Host.nd, h.d, Host.d)
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["d"] = "ignored: data descriptor wins"
print(h.nd, h.d)
h.d = 5
print(h.__dict__["data_store"], sorted(h.__dict__))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F view")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
for f in [lambda: setattr(t, "celsius", -300), lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")]:
    try:
        f()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.fget.__name__, Temp.celsius.fset is not None, Temp.fahrenheit.fset, p.fget)
class K:
    count = 0
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def util(x):
        return x * 2
    @classmethod
    @property
    def label(cls):
        return "K-label"
class SubK(K):
    pass
print(K.make(1), K().make(2), SubK.make(), SubK().make(3), K.util(4), K().util(5), SubK.util(6))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["util"]).__name__, K.__dict__["util"].__func__(7), callable(K.__dict__["util"]))
class Upper:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.key, "").upper()
    def __set__(self, obj, v):
        setattr(obj, self.key, v)
    def __delete__(self, obj):
        delattr(obj, self.key)
class Person:
    name = Upper()
pp = Person()
pp.name = "ann"
print(pp.name, pp._name, isinstance(Person.name, Upper))
del pp.name
print(repr(pp.name), hasattr(pp, "_name"))
class Fn:
    def method(self):
        return self
f = Fn()
bm = f.method
print(bm.__self__ is f, bm.__func__ is Fn.method, Fn.method.__get__(f, Fn)() is f, bm == f.method, bm is f.method)
