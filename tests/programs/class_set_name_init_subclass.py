# __set_name__ on descriptors (order, owner, names, later assignment doesn't call it),
# __init_subclass__ with keyword arguments and super() chains, __class_getitem__.
class Field:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Model:
    a = Field()
    b = Field()
    not_field = 3


m = Model()
m.a = 10
print(m.a, m.b, Model.a.name)
Model.c = Field()  # no __set_name__ after class creation
print(hasattr(Model.c, "name"))


class Registry:
    plugins = []

    def __init_subclass__(cls, /, key=None, **kwargs):
        print("init_subclass", cls.__name__, key, kwargs)
        super().__init_subclass__(**kwargs)
        if key:
            Registry.plugins.append((key, cls.__name__))


class A(Registry, key="a"):
    pass


class B(A):
    pass


class Base2:
    def __init_subclass__(cls, **kwargs):
        print("Base2 hook", cls.__name__, kwargs)
        super().__init_subclass__()


class C(Registry, Base2, key="c", extra=1):
    pass


print(Registry.plugins)

try:
    class D(A, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x", 1])


class SubBox(Box):
    pass


print(SubBox[str])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)


class Named:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)


try:
    class Holder:
        x = Named()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
