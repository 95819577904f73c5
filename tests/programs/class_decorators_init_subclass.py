# Decorators with arguments (function and class), stacked decorators order, functools.wraps,
# class decorators that replace or register classes, __init_subclass__ with kwargs and
# super() chains, __class_getitem__, and __set_name__ on descriptors.
import functools
log = []
def tag(label, times=1):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            log.append((label, fn.__name__))
            r = None
            for _ in range(times):
                r = fn(*a, **k)
            return r
        inner.label = label
        return inner
    return deco
@tag("outer")
@tag("inner", times=2)
def greet(name="x"):
    """doc of greet"""
    log.append(("call", name))
    return "hi " + name
print(greet("bob"), log, greet.__name__, greet.__doc__, greet.label, greet.__wrapped__.label)
registry = {}
def register(name=None):
    def deco(cls):
        registry[name or cls.__name__] = cls
        cls.registered = True
        return cls
    return deco
@register()
class Alpha:
    pass
@register("b")
class Beta:
    pass
print(sorted(registry), Alpha.registered, registry["b"] is Beta)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class One:
    pass
print(One() is One(), type(One).__name__)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class P:
    def __init__(self):
        self.a = 1
print(P(), repr(P()))
class Plugin:
    plugins = []
    def __init_subclass__(cls, /, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.plugins.append((cls.__name__, kind))
class CsvPlugin(Plugin, kind="csv"):
    pass
class Plain(Plugin):
    pass
class Sub(CsvPlugin, kind="sub"):
    pass
print(Plugin.plugins, CsvPlugin.kind, Plain.kind, Sub.kind, hasattr(Plugin, "kind"))
try:
    class Bad(Plugin, nonsense=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(nonsense=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], list[int], dict[str, int], type(list[int]).__name__)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    width = Field()
    height = Field()
m = Model()
m.width = 5
print(m.width, m.height, Model.width.name, Model.height.owner, isinstance(Model.__dict__["width"], Field))
late = Field()
Model.depth = late
print(hasattr(late, "name"))
late.__set_name__(Model, "depth")
print(m.depth)
