# list[int] | None and other GenericAlias unions are types.UnionType (repr, typing helpers, isinstance error)
import typing
u = list[int] | None
print(u, type(u), typing.get_args(u), typing.get_origin(u))
print(int | list[str], list[int] | dict[str, int] | None, None | list[int])
T = typing.TypeVar('T')
print(list[int] | T)
print(typing.Optional[list[int]], list[int] | None == typing.Optional[list[int]])
def f(a: list[int] | None) -> dict[str, int] | None: pass
print(typing.get_type_hints(f))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
print(isinstance(None, int | None), (int | str) | list[int])
try:
    list[int] | 5
except TypeError as e:
    print(type(e).__name__)
import dataclasses
@dataclasses.dataclass
class D:
    x: list[int] | None = None
print(D(), dataclasses.fields(D)[0].type)
