# Class patterns: positional sub-patterns use __match_args__, keyword sub-patterns read
# attributes, builtins like int(x)/str(x) match the subject itself, too many positional
# patterns raise TypeError, and a guard can reject a match that already bound names.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@dataclass
class Line:
    start: Point
    end: Point


def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) if x > 0:
            return f"positive x-axis at {x}"
        case Point(x=0, y=y):
            return f"y-axis at {y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} from {y1} to {y2}"
        case Line(start=Point() as s):
            return f"line from ({s.x}, {s.y})"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s if s:
            return f"string {s!r}"
        case [Point(), *rest]:
            return f"points list with {len(rest)} more"
        case _:
            return "something else"


for obj in [Point(0, 0), Point(3, 0), Point(-3, 0), Point(0, 5), Line(Point(1, 2), Point(1, 9)),
            Line(Point(1, 2), Point(3, 4)), 7, 2.5, "hi", "", [Point(1, 1), 2, 3], None]:
    print(describe(obj))


class TooFew:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(z):
            pass
except TypeError as e:
    print("TypeError:", e)
