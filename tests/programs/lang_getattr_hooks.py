# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/delattr/hasattr.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    pass


t = Target()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, "x"))
print(p.log)


class Audit:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


au = Audit()
print(au.a, au.zzz, au.secret_key)


class Frozen:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")


try:
    Frozen().q = 1
except AttributeError as e:
    print("AttributeError:", e)


class Dyn:
    pass


d = Dyn()
setattr(d, "alpha", 1)
print(getattr(d, "alpha"), getattr(d, "beta", None), hasattr(d, "alpha"))
delattr(d, "alpha")
print(hasattr(d, "alpha"))
try:
    delattr(d, "alpha")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)
