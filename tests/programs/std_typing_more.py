# typing: Protocol, runtime_checkable, Literal, Final, overload, Annotated, get_origin/get_args, TypeAlias.
from typing import Protocol, runtime_checkable, Literal, Final, overload, Annotated, get_origin, get_args, Iterator, Sequence, Union, Optional, ClassVar, NewType, Any
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
Mode = Literal["r", "w"]
print(Mode, get_args(Mode), get_origin(Mode) is Literal)
MAX: Final = 10
@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2
print(dbl(2), dbl("a"))
A = Annotated[int, "meta"]
print(A, get_args(A), get_origin(Sequence[int]), get_args(Union[int, str]), get_args(Optional[str]))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)
class Cfg:
    count: ClassVar[int] = 0
    name: str
print(Cfg.__annotations__)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), gen.__annotations__)
