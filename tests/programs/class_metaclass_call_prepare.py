# Metaclasses: __call__ controlling instance creation (a singleton, and one that skips
# __init__), __prepare__ supplying the class namespace, keyword arguments reaching
# __new__/__init__ of the metaclass and __init_subclass__ of the base.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)


class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class Raw(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError("never")


print(Raw(1, 2).args)


class Recording(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 99}

    def __new__(mcs, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, ns)


class Base(metaclass=Recording, flavor="base"):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)


class Child(Base, flavor="child"):
    x = 1


print(Child.injected, Child.x, type(Child) is Recording)
