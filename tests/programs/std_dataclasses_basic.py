# dataclasses: fields, defaults, default_factory, repr/eq/order, frozen, asdict, replace, post_init.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0), p != Point(2))
p.tags.append("a")
print(asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(Point)])
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2), V(1, 5), V(1, 2)]), V(1) < V(2), hash(V(1)) == hash(V(1)))
try:
    V(1).major = 3
except FrozenInstanceError as e:
    print("frozen:", e)
@dataclass
class R:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(R(2, 3.5))
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, [], 3))
try:
    Point()
except TypeError as e:
    print(e)
