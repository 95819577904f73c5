# Descriptor protocol: data vs non-data precedence against the instance dict, __get__ with
# owner for class access, __delete__, descriptors on metaclasses, methods as non-data
# descriptors, staticmethod/classmethod objects, and __getattribute__ overriding everything.
class Data:
    def __get__(self, obj, owner):
        return f"Data.get(obj={type(obj).__name__ if obj is not None else None}, owner={owner.__name__})"

    def __set__(self, obj, v):
        obj.__dict__["data_store"] = v

    def __delete__(self, obj):
        print("Data.delete")


class NonData:
    def __get__(self, obj, owner=None):
        return "NonData.get"


class Holder:
    d = Data()
    n = NonData()

    def method(self):
        return "method"


h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, "|", h.n, "|", Holder.d, "|", Holder.n)
h.d = 5
print(h.__dict__["data_store"])
del h.d
h.method = lambda: "instance override"
print(h.method(), Holder.method(h), Holder.__dict__["method"].__get__(h)())

sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: f"class {cls.__name__}")
print(sm.__get__(None, Holder)(), cm.__get__(None, Holder)(), cm.__get__(h)())
print(type(Holder.__dict__["method"]).__name__, type(h.method).__name__)
bound = Holder().method if False else Holder.method.__get__(h, Holder)
print(bound.__self__ is h, bound.__func__ is Holder.method)


class MetaDesc(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()


class WithMeta(metaclass=MetaDesc):
    pass


print(WithMeta.upper_name, hasattr(WithMeta(), "upper_name"))


class Loud:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name}")
        if name == "a":
            return object.__getattribute__(self, name) * 100
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"getattr fallback {name}"


l = Loud()
print(l.a, l.secret_thing, l.other)


class ReadOnly:
    def __get__(self, obj, owner):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class UsesRO:
    ro = ReadOnly()


u = UsesRO()
try:
    u.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
print(u.ro)


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Expensive:
    calls = 0

    @Lazy
    def result(self):
        Expensive.calls += 1
        return "computed"


e = Expensive()
print(e.result, e.result, Expensive.calls, type(Expensive.result).__name__)

p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.__isabstractmethod__ if hasattr(p, "__isabstractmethod__") else False)


class NoSetter:
    @property
    def x(self):
        return 1


try:
    NoSetter().x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del NoSetter().x
except AttributeError as e:
    print("AttributeError:", e)
