# collections.abc: isinstance/issubclass of builtins against the ABCs, virtual subclasses via
# register, mixin methods of Mapping/MutableSequence/Set subclasses, __subclasshook__ for
# Iterable/Sized/Hashable/Callable, and TypeError for unimplemented abstract methods.
from collections import abc, OrderedDict, deque, Counter

checks = [([], abc.MutableSequence), ((), abc.Sequence), ((), abc.MutableSequence),
          ({}, abc.MutableMapping), (set(), abc.MutableSet), (frozenset(), abc.Set),
          ("s", abc.Sequence), (b"b", abc.ByteString), (range(3), abc.Sequence),
          ({}.keys(), abc.KeysView), ({}.items(), abc.Set), ({}.values(), abc.ValuesView),
          (iter([]), abc.Iterator), ((x for x in []), abc.Generator), (len, abc.Callable),
          (1, abc.Hashable), ([], abc.Hashable), (deque(), abc.MutableSequence),
          (OrderedDict(), abc.Mapping), (Counter(), abc.Mapping), (memoryview(b""), abc.Sequence)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))


class Seq(abc.Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(3, 1, 3, 2)
print(list(s), 3 in s, s.index(2), s.count(3), list(reversed(s)))


class Map(abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = Map(a=1, b=2)
print(sorted(m.keys()), sorted(m.items()), m.get("c", 9), "a" in m, m == {"a": 1, "b": 2})


class MSet(abc.MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MSet([1, 2, 3])
ms |= {4}
ms -= {1}
print(list(ms), list(ms & {2, 9}), ms <= MSet([2, 3, 4, 5]), ms.isdisjoint([7]), ms.pop() in (2, 3, 4))


class Reg:
    pass


abc.Sequence.register(Reg)
print(issubclass(Reg, abc.Sequence), issubclass(Reg, abc.Iterable), isinstance(Reg(), abc.Sized))


class Duck:
    def __iter__(self):
        return iter([])

    def __len__(self):
        return 0


print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Container))


class Incomplete(abc.Mapping):
    def __getitem__(self, k):
        return 1


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)
print(sorted(abc.MutableMapping.__abstractmethods__))
