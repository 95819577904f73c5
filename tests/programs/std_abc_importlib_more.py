# abc: abstract property/classmethod, __subclasshook__, ABC registration chains; importlib.util helpers.
from abc import ABC, abstractmethod
import importlib.util, importlib.machinery, sys
class Base(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    size = 3
    @classmethod
    def make(cls): return cls()
print(Impl.make().size, sorted(Base.__abstractmethods__))
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Quacks), issubclass(int, Quacks))
class A(ABC): pass
class B(A): pass
A.register(str)
print(issubclass(str, A), issubclass(str, B), isinstance("s", A))
print(importlib.util.resolve_name(".sub", "pkg.mod"), importlib.util.resolve_name("..x", "a.b.c"))
spec = importlib.util.find_spec("json")
print(spec.name, spec.origin.endswith("json/__init__.py"), importlib.util.find_spec("sys").origin)
print(".py" in importlib.machinery.SOURCE_SUFFIXES, importlib.util.cache_from_source("/a/b.py").startswith("/a/__pycache__/b."))
