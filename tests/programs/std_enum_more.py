# enum: StrEnum, member aliases, _missing_, __members__, Flag combinations, auto with _generate_next_value_.
from enum import Enum, StrEnum, IntFlag, Flag, auto, IntEnum
class Dir(StrEnum):
    N = auto()
    S = auto()
print(Dir.N, Dir.N == "n", Dir("s"), list(Dir), Dir.N.upper())
class Status(Enum):
    OK = 200
    FINE = 200
    BAD = 400
    @classmethod
    def _missing_(cls, value):
        return cls.BAD
print(Status.FINE is Status.OK, list(Status), Status(999), list(Status.__members__))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, repr(p), p & Perm.R, Perm(7), ~Perm.R, Perm.R in p)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE), Color.RED | Color.GREEN, Color(0))
class Ordinal(IntEnum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 10
    A = auto()
    B = auto()
print(Ordinal.A.value, Ordinal.B.value, Ordinal.B > Ordinal.A, {Ordinal.A: "x"})
print(Status.OK.name, Status["BAD"].value, hash(Status.OK) == hash(Status.OK), Status.OK in Status)
