# Metaclasses: __new__/__init__ receiving name/bases/namespace and kwargs, __prepare__
# returning a custom namespace, __call__ controlling instantiation, metaclass inheritance and
# conflicts, class attributes via metaclass properties, and type() with three arguments.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.extra = kw.get("extra", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst
    @property
    def shout(cls):
        return cls.__name__.upper()
log = []
class Thing(metaclass=OrderedMeta, extra="yes"):
    a = 1
    def method(self):
        return "m"
class SubThing(Thing):
    b = 2
t = SubThing()
print(log)
print(Thing.extra, SubThing.extra, t.made_by_meta, Thing.shout, type(SubThing).__name__, isinstance(Thing, OrderedMeta))
try:
    t.shout
except AttributeError as e:
    print("AttributeError:", e)
class Counter(type):
    count = 0
    def __call__(cls, *a):
        Counter.count += 1
        if Counter.count > 2:
            raise RuntimeError("too many")
        return super().__call__(*a)
class Limited(metaclass=Counter):
    def __init__(self, v):
        self.v = v
print(Limited(1).v, Limited(2).v, end=" ")
try:
    Limited(3)
except RuntimeError as e:
    print("RuntimeError:", e)
class M1(type):
    pass
class M2(type):
    pass
class X(metaclass=M1):
    pass
class Y(metaclass=M2):
    pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    pass
class W(metaclass=M3):
    pass
class V(X, W):
    pass
print(type(V).__name__)
Dyn = type("Dyn", (Thing,), {"c": 3, "f": lambda self: self.c * 2})
d = Dyn()
print(Dyn.__name__, Dyn.c, d.f(), Dyn.extra, type(Dyn).__name__, Dyn.__mro__[1].__name__, log[-1])
Plain = type("Plain", (), {})
print(Plain.__name__, Plain.__bases__, type(Plain()).__name__, Plain.__qualname__)
for args in [("N", 1, {}), ("N", (), 1), (1, (), {}), ("N",) * 2]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    pass
print(S() is S(), len(Single._inst))
class AutoRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class R(metaclass=AutoRepr):
    pass
print(repr(R), str(R), [R])
