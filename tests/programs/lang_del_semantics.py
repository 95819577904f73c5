# del: names (local, global, in class bodies), attributes with __delattr__, items, slices
# (with steps), tuple targets, errors for unbound names, and del of a loop variable.
g = 1


def f():
    global g
    del g


f()
print("g" in globals())
try:
    del g
except NameError as e:
    print("NameError:", e)


def local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local())


def del_unbound():
    try:
        del w
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    w = 1


print(del_unbound())

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
del lst[:]
print(lst)
try:
    del [1][5]
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Tracked:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __delattr__(self, name):
        print("deleting", name)
        if name == "y":
            raise AttributeError("y is permanent")
        super().__delattr__(name)


t = Tracked()
del t.x
print(hasattr(t, "x"))
try:
    del t.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.missing
except AttributeError as e:
    print("AttributeError:", e)


class Body:
    a = 1
    b = a + 1
    del a


print(hasattr(Body, "a"), Body.b)

for i in range(3):
    pass
del i
print("i" in dir())

a, (b, c) = 1, (2, 3)
del a, (b, c)
print([n in dir() for n in "abc"])


class Items:
    def __delitem__(self, k):
        print("delitem", k)


it = Items()
del it[1:2, ::3]
del it["x"]
try:
    del Items()[0], it.nope
except AttributeError as e:
    print("AttributeError:", e)
