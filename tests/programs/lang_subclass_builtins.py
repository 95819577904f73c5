# User classes subclassing list, dict, int, str, Exception.
class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s[0], s[1:], 2 in s, list(s), sum(s))
print(isinstance(s, list), type(s).__name__, s == [1, 2, 3], bool(Stack()))
s += [4]
print(s, type(s).__name__)
print(sorted(s, reverse=True), [x * 2 for x in s], s.pop(), s)


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


d = DefaultDict(a=1)
print(d["a"], d["hello"], sorted(d.items()), len(d), "hello" in d)
print(d.get("zz"), d, isinstance(d, dict))


class Money(int):
    def __repr__(self):
        return f"${int(self)}"


m = Money(5)
print(m, m + 3, m * 2, repr(m), isinstance(m, int), m == 5, hash(m) == hash(5))
print(type(m + 1).__name__, -m, m > 4, str(m), f"{m:>4}")


class Shout(str):
    def shout(self):
        return self.upper() + "!"


sh = Shout("hey")
print(sh.shout(), sh + "!", len(sh), sh == "hey", sh[1], type(sh).__name__)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))


class Quiet(ValueError):
    pass


try:
    int("x")
except ValueError as e:
    print(isinstance(e, Quiet))
try:
    raise Quiet("shh")
except ValueError as e:
    print("caught", repr(e), str(e))


class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Pt(3, 4)
print(pt, pt.x, pt[1], len(pt), pt + (5,), isinstance(pt, tuple))
