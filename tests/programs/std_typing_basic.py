# typing: annotations, NamedTuple, TypedDict, Optional/Union/List/Dict, Generic, get_type_hints.
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic, get_type_hints, cast
class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("Guido")
print(e, e.name, e.id, e._fields, Employee._field_defaults)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie.__annotations__)
def f(a: Optional[int], b: Union[int, str] = 1) -> List[Dict[str, int]]:
    return []
print(get_type_hints(f))
print(Optional[int], Union[int, str], List[int], Dict[str, Tuple[int, ...]], Callable[[int], str])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](5)
print(b.get(), Box[int], T, cast(int, "x"))
print(Union[int, None] == Optional[int], List[int] == List[int])
