# Rich comparisons, reflected fallbacks, __eq__/__hash__ interplay, total ordering by hand.
class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != c, a < b, a <= c, b > a, b >= a, a == "1.2", a != "1.2")
print(sorted([b, a, Ver(0, 9)]), max(a, b), min([b, a]))
print(len({a, b, c}), {a: 1, c: 2}, a in {c}, [a, b].index(c))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v


print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __gt__(self, o):
        return "gt called"


print(1 < Rev(), Rev() > 1)
try:
    Rev() < Rev() < 3
except TypeError as e:
    print("TypeError:", e)
try:
    object() < object()
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()

    def __hash__(self):
        return hash(self.k.lower())


d = {Key("A"): 1}
d[Key("a")] = 2
print(len(d), d[Key("A")], Key("a") in d, list(d.values()))
s = {Key("x"), Key("X"), Key("y")}
print(len(s))


class Chain:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v


print(Chain(1) < Chain(2) < Chain(3))
print(Chain(3) < Chain(2) < Chain(1))


class Always:
    def __eq__(self, o):
        return True


print(Always() == 5, 5 == Always(), [1, 2].count(Always()), Always() in [7])
