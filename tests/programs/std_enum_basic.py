# enum: Enum, IntEnum, Flag, auto, iteration, lookup, members.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
print(Shape.SQUARE, Shape.SQUARE + 1, Shape.CIRCLE == 1, sorted([Shape.SQUARE, Shape.CIRCLE]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw))
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, int(Mode.A | Mode.B))
try:
    Color(7)
except ValueError as e:
    print(e)
@unique
class Single(Enum):
    ONE = "one"
    TWO = "two"
    def describe(self):
        return self.name.lower() + "=" + self.value
print(Single.TWO.describe(), Single("one"))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
