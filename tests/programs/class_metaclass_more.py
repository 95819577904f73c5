# Metaclasses: __new__/__init__/__call__/__prepare__ order, keyword arguments, metaclass
# conflicts, inheritance of the metaclass, class attributes defined by the metaclass,
# and type() with three arguments.
log = []


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"


class Thing(metaclass=Meta, tag="t"):
    x = 1

    def __init__(self, v):
        self.v = v


t = Thing(5)
print(t.v, Thing.prepared, Thing.tag, Thing.describe(), type(Thing).__name__)


class Sub(Thing):
    y = 2


print(type(Sub).__name__, Sub.tag, Sub.describe())
for entry in log:
    print(entry)
print(hasattr(t, "describe"))


class OtherMeta(type):
    pass


class Other(metaclass=OtherMeta):
    pass


try:
    class Both(Thing, Other):
        pass
except TypeError as e:
    print("TypeError:", e)


class DerivedMeta(Meta, OtherMeta):
    pass


class Both2(Thing, Other, metaclass=DerivedMeta):
    pass


print(type(Both2).__name__, [c.__name__ for c in Both2.__mro__])

Dyn = type("Dyn", (Thing,), {"z": 3, "hello": lambda self: f"hello {self.v}"})
print(type(Dyn).__name__, Dyn(1).hello(), Dyn.z, Dyn.__qualname__, Dyn.__module__)

Plain = type("Plain", (), {})
print(Plain, Plain.__bases__, Plain().__class__.__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)


# A metaclass that counts instances via __call__, and class-level __repr__.
class Counted(type):
    def __repr__(cls):
        return f"Counted<{cls.__name__}>"

    def __call__(cls, *a):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a)


class W(metaclass=Counted):
    pass


W(), W(), W()
print(W, W.count, repr(W), str(W))


# A function as metaclass.
def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.made_by, type(F).__name__)
