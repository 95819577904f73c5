# Metaclasses: __new__, __init__, __call__, class creation with type(name, bases, dict),
# class decorators, isinstance/issubclass with tuples.
class Meta(type):
    created = []

    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        Meta.created.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.initialized = True

    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst

    def describe(cls):
        return "class " + cls.__name__


class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class Sub(Thing):
    pass


t = Sub(5)
print(Meta.created, Thing.tag, Sub.tag, Sub.initialized)
print(t.v, t.via_meta, type(Thing) is Meta, type(Sub).__name__)
print(Thing.describe(), isinstance(Thing, Meta), isinstance(t, Thing))


def method(self):
    return self.a * 2


Dyn = type("Dyn", (object,), {"a": 21, "double": method})
print(Dyn.__name__, Dyn().double(), Dyn.__bases__[0].__name__, type(Dyn).__name__)
Kid = type("Kid", (Dyn,), {})
print(Kid().double(), issubclass(Kid, Dyn), type(Kid()) is Kid)


def register(cls):
    cls.registered = True
    return cls


def with_arg(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco


@register
@with_arg("L1")
class Decorated:
    pass


print(Decorated.registered, Decorated.label)
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)), isinstance(True, int))
print(issubclass(bool, (str, int)), issubclass(Sub, (Thing,)), issubclass(int, object))
print(isinstance(3, (str, (float, int))))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class Conf(metaclass=Singleton):
    def __init__(self):
        print("init once")


print(Conf() is Conf())
