# Descriptor details: __delete__ runs on del, __set_name__ gives the attribute name, a data
# descriptor beats the instance dict while a non-data descriptor loses to it, and deleting
# through a descriptor without __delete__ fails.
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class OnlySet:
    def __get__(self, obj, objtype=None):
        return "only-set value"

    def __set__(self, obj, value):
        print("OnlySet.__set__", value)


class Model:
    size = Field()
    label = NonData()
    fixed = OnlySet()


m = Model()
print(m.size)
m.size = 10
print(m.size, m.__dict__)
del m.size
print(m.size)
print(m.label)
m.__dict__["label"] = "from instance"
print(m.label)
m.__dict__["size"] = "ignored"
print(m.size)
m.fixed = 1
try:
    del m.fixed
except AttributeError as e:
    print("AttributeError:", e)
print(type(Model.__dict__["size"]).__name__, Model.size.name)
