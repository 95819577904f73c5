# Class bodies as namespaces, __dict__, __doc__, adding methods later, bound method equality,
# class attributes shared vs per-instance, __class__ assignment, nested classes.
class Config:
    """Holds settings."""
    defaults = {"debug": False}
    names = []
    size = 10
    double = size * 2

    def add(self, name):
        self.names.append(name)

    class Inner:
        kind = "inner"

    print("class body runs, size =", size)


a, b = Config(), Config()
a.add("x")
b.add("y")
print(Config.names, a.names is b.names, Config.double, Config.__doc__, Config.Inner.kind)
print(Config.Inner.__qualname__, Config.add.__qualname__, Config.__name__)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
Config.extra = lambda self: "added later"
print(a.extra(), hasattr(b, "extra"))
print(a.add == a.add, a.add == b.add, a.add is a.add)


class Other:
    def hello(self):
        return "other"


class Mine:
    def hello(self):
        return "mine"


o = Mine()
o.__class__ = Other
print(o.hello(), type(o).__name__, isinstance(o, Other))
a.__dict__["direct"] = 5
print(a.direct, "direct" in vars(a), sorted(vars(a)))


class Counter:
    count = 0

    def __init__(self):
        self.count += 1


c1 = Counter()
c2 = Counter()
print(Counter.count, c1.count, c2.count)


def free_function(self, x):
    return x + 1


class UsesFree:
    method = free_function
    alias = method


print(UsesFree().method(1), UsesFree().alias(2), UsesFree.method(None, 3))
print(type(Config.__dict__).__name__ in ("dict", "mappingproxy"), Config.__module__)


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc().__doc__, Config().__doc__)
