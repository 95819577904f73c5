# Metaclass methods act on classes: __repr__, __getitem__, __iter__, __len__, __contains__,
# __call__, properties and methods of the metaclass; an Enum-like registry.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, item):
        return item in cls._members.values()

    def __repr__(cls):
        return f"<enum {cls.__name__}>"

    @property
    def names(cls):
        return list(cls._members)


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3

    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"


print(Color, len(Color), list(Color), Color["GREEN"], Color.RED)
print(Color.RED in Color, 5 in Color, Color.names, [c.value for c in Color])
print(isinstance(Color.BLUE, Color), type(Color).__name__, repr(Color), str(Color))
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)


class Counted(type):
    instances = 0

    def __call__(cls, *args, **kwargs):
        Counted.instances += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counted.instances
        return obj


class Widget(metaclass=Counted):
    def __init__(self, label):
        self.label = label


ws = [Widget("a"), Widget("b"), Widget(label="c")]
print([(w.label, w.serial) for w in ws], Counted.instances)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Registry.classes.append((name, sorted(kw)))

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class Plugin(metaclass=Registry, tag="x"):
    pass


class Other(Plugin, tag="y", extra=1):
    pass


print(Registry.classes, type(Other) is Registry)
