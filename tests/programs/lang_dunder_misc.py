# __call__, __enter__/__exit__, __iter__/__next__, __index__, __int__/__float__, __format__,
# __init_subclass__, __class_getitem__, __bool__ via __len__, __hash__ default.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)


add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(5))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), next(Countdown(2)), next(iter(Countdown(0)), "empty"))
it = Countdown(3)
for v in it:
    if v == 2:
        break
print(list(it))


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abcd"[Idx()], bin(Idx()), hex(Idx()), range(10)[Idx()])


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 7.5

    def __format__(self, spec):
        return f"<{spec}>"


print(int(Num()), float(Num()), format(Num(), "x>5"), f"{Num():abc}")


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="beta!"):
    pass


class Gamma(Alpha):
    pass


print(Plugin.registry)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
