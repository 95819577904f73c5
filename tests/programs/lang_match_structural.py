# match statements: sequence, mapping and class patterns, nested, with stars and **rest.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r


def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(center=Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3), Circle(Point(1, 1), 4), "x"]:
    print(shape(s))


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3, 4], "abc", range(3), {1: 2}]:
    print(repr(v), seq(v))


def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"


for c in ["go north", "go west", "take apple pear", "take", "exit", ""]:
    print(repr(c), cmd(c))


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"other {t}"
        case dict():
            return "untyped"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": 1, "t": 2}, {"type": "scroll"}, {}, [1]]:
    print(event(e))
match (1, [2, 3], {"k": 4}):
    case (a, [b, *c], {"k": d}):
        print(a, b, c, d)
match 42:
    case int(n):
        print("int self-match", n)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
