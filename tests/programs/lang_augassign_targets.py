# Augmented assignment on attributes and subscripts: the target expression is evaluated once,
# __iadd__ vs __add__ fallback, immutable targets rebinding, and tuple-in-list += surprises.
log = []


class Obj:
    def __init__(self):
        self.__dict__["items"] = {"k": 1}

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        raise AttributeError(name)

    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value!r}")
        self.__dict__[name] = value


class Store(dict):
    def __getitem__(self, k):
        log.append(f"get {k!r}")
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        log.append(f"set {k!r}={v!r}")
        super().__setitem__(k, v)


def key():
    log.append("key()")
    return "a"


def target():
    log.append("target()")
    return store


store = Store(a=1)
target()[key()] += 10
print(store, log)
log.clear()
o = Obj()
o.count = 1
o.count += 5
o.items["k"] -= 3
print(o.count, o.items, log)
log.clear()


class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Acc(self.v + o)

    def __iadd__(self, o):
        self.v += o * 100
        return self


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


a = Acc(1)
alias = a
a += 1
print(a.v, alias is a)
b = OnlyAdd(1)
alias = b
b += 1
print(b.v, alias is b, alias.v)

lst = [1]
same = lst
lst += (2, 3)
print(lst, same is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)

t = ([1], 2)
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)

s = "ab"
s *= 3
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 3
n &= 0xFF
n >>= 1
print(s, n)
m = [[0] * 2 for _ in range(2)]
i = 0
m[i][i + 1] += 9
print(m)
x = 5
try:
    x += "a"
except TypeError as e:
    print("TypeError:", e)
