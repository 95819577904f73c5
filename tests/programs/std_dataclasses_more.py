# dataclasses: kw_only, slots, InitVar, ClassVar, field(repr/compare), make_dataclass, is_dataclass, inheritance defaults.
from dataclasses import dataclass, field, InitVar, make_dataclass, is_dataclass, fields, KW_ONLY, asdict
from typing import ClassVar
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True)
class P:
    x: int
    y: int = 2
p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
@dataclass
class Acct:
    total: int = 0
    rate: InitVar[float] = 1.0
    kind: ClassVar[str] = "acct"
    secret: str = field(default="s", repr=False, compare=False)
    def __post_init__(self, rate):
        self.total = int(self.total * rate)
print(Acct(10, 2.5), Acct(1, secret="a") == Acct(1, secret="b"), [f.name for f in fields(Acct)])
Pt = make_dataclass("Pt", [("a", int), ("b", str, field(default="z"))], namespace={"hi": lambda self: self.a})
print(Pt(4), Pt(4).hi(), is_dataclass(Pt), is_dataclass(Pt(1)), is_dataclass(3))
@dataclass
class Base:
    a: int
    _: KW_ONLY
    b: int = 0
@dataclass
class Der(Base):
    c: int = 5
print(Der(1, b=2, c=3), asdict(Der(1)))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash(H(3)), len({H(1), H(1), H(2)}))
