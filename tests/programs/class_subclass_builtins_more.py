# Subclasses of builtins: int/str/float/tuple with __new__, list/dict overriding methods that
# the builtin operations do or don't call, Exception subclasses with extra state, and
# isinstance/issubclass with tuples.
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))

    def __repr__(self):
        return f"{float(self)}°C"


t = Celsius(21.456)
print(repr(t), t + 1, type(t + 1).__name__, isinstance(t, float), t > 20)


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hey")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, len(u))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p + (5,), type(p + (5,)).__name__, p == (3, 4), hash(p) == hash((3, 4)))


class Flags(int):
    def __str__(self):
        return f"Flags({int(self):#b})"


f = Flags(5)
print(f, f | 2, type(f | 2).__name__, f"{f}", repr(f), f == 5, [0, 1, 2, 3, 4, 5][f])


class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)

    def __missing__(self, k):
        return f"missing {k}"


d = LoggingDict(a=1)
d["b"] = 2
d.update(c=3)
print(d, d["zz"], d.get("zz"), len(d), isinstance(d, dict))


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def __contains__(self, v):
        return v == "always"


s = Stack([1])
s.push(2).push(3)
print(s, s[1:], type(s[1:]).__name__, "always" in s, 1 in s, s.pop(), len(s))


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, (KeyError, AppError)))

print(isinstance(True, (str, int)), issubclass(bool, (str, (float, int))))
print(issubclass(Celsius, (float,)), isinstance(u, (bytes, (list, str))))
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
