# match: class patterns with __match_args__, keyword patterns, builtin self-matching classes,
# errors for too many positional sub-patterns, and dataclass-like classes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    def __init__(self):
        self.v = 7


def describe(obj):
    match obj:
        case Point3(0, 0, 0):
            return "origin3"
        case Point3(x, y, z=5):
            return f"p3 z5 {x},{y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 10:
            return f"far on x {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str(s) if s:
            return f"string {s!r}"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case NoArgs(v=v):
            return f"noargs v={v}"
        case [Point(x, y), *rest]:
            return f"list starting with point {x},{y} and {len(rest)} more"
        case _:
            return "other"


for o in [Point3(0, 0, 0), Point3(1, 2, 5), Point3(1, 2, 6), Point(0, 4), Point(11, 0),
          Point(5, 0), Point(3, 3), -2, -1.5, "hi", "", True, 9, NoArgs(),
          [Point(1, 2), 3, 4], None]:
    print(describe(o))

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["a"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)

# Attribute lookups happen only as far as the pattern needs.
class Loud:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("getattr", name)
        if name == "a":
            return 1
        raise AttributeError(name)


match Loud():
    case Loud(2, _):
        print("no")
    case Loud(1, b):
        print("b?", b)
    case Loud(1):
        print("only a")
