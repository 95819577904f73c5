# __getattribute__ overriding every attribute access: delegating to object.__getattribute__
# or super(), falling back to __getattr__ when it raises AttributeError, and special-method
# lookups (len(), +, str()) that bypass it because they go to the type.
class Logged:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<fallback {name}>"

    def __len__(self):
        return 42

    def __add__(self, other):
        return "added"

    def method(self):
        return self.x + 1


o = Logged()
print(o.x, o.method(), o.secret, o.missing)
print(len(o), o + 1, type(o).__name__)
print(o.log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


p = Proxy([3, 1, 2])
p.sort()
print(p.count(1), p.index(3), object.__getattribute__(p, "_target"))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(name)


try:
    Strict().anything
except AttributeError as e:
    print("no __getattr__ fallback:", e)
print(hasattr(Strict(), "x"), getattr(Strict(), "x", "dflt"))
