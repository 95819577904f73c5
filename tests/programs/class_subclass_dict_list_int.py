# Subclassing builtins: dict with __missing__ (used by [] only, not get()), dict.update and
# the constructor bypassing an overridden __setitem__, list with a custom __getitem__ that
# iteration ignores, int subclasses whose arithmetic returns plain ints, and str subclasses.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter(a=1)
print(c["a"], c["zzz"], c.get("zzz"), "zzz" in c, len(c))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(sorted(u.items()))


class Doubling(list):
    def __getitem__(self, i):
        return 2 * super().__getitem__(i)


d = Doubling([1, 2, 3])
print(d[0], d[-1], list(d), [x for x in d], sum(d), d + [4], type(d + [4]).__name__)


class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"


m = Meters(5)
print(repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, m * 2, m == 5, hash(m) == hash(5))
print(isinstance(m, int), Meters("12", 8), Meters(3.9), str(m), f"{m:>4}")


class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("hey")
print(t.shout(), t + "!", type(t + "!").__name__, t[1:], type(t[1:]).__name__, t == "hey")
