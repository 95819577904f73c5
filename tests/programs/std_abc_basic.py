# abc: abstract methods block instantiation, register, isinstance with ABCs.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
from collections.abc import Sized, Iterable, Mapping, MutableSequence
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Thing:
    def __len__(self): return 3
print(isinstance(Thing(), Sized), isinstance(3, Iterable), isinstance({}, Mapping), issubclass(list, MutableSequence))
class Plugin(metaclass=ABCMeta):
    pass
Plugin.register(int)
print(isinstance(5, Plugin), issubclass(int, Plugin), isinstance("s", Plugin))
