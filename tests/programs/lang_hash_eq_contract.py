# __hash__/__eq__ contract: defining __eq__ alone makes instances unhashable, inheriting
# __hash__ explicitly, __hash__ = None, hash of containers, dict/set lookups calling __eq__
# only on hash collisions, and hash() result truncation for big values.
class EqOnly:
    def __eq__(self, o):
        return True


class EqAndHash:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print(f"eq {self.k} vs {getattr(o, 'k', o)}")
        return isinstance(o, EqAndHash) and self.k == o.k

    def __hash__(self):
        return hash(self.k) % 3


class Child(EqAndHash):
    pass


class ChildEq(EqAndHash):
    def __eq__(self, o):
        return False


class KeepHash(EqAndHash):
    def __eq__(self, o):
        return True

    __hash__ = EqAndHash.__hash__


print(EqOnly.__hash__, Child.__hash__ is EqAndHash.__hash__, ChildEq.__hash__, KeepHash.__hash__ is not None)
for obj in (EqOnly(), ChildEq(1), [], {}, set(), ([],)):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
print(hash(KeepHash(1)) == hash(EqAndHash(1)))
s = {EqAndHash(1), EqAndHash(4)}
print(len(s))
print(EqAndHash(1) in s)
d = {EqAndHash(0): "zero"}
print(d[EqAndHash(0)])


class Big:
    def __hash__(self):
        return 2**70


class BadHash:
    def __hash__(self):
        return "no"


print(hash(Big()) == hash(2**70), hash(-1), hash(-2), hash(2**61 - 1), hash(1.0) == hash(1))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))


class NoneHash:
    __hash__ = None


try:
    {NoneHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(isinstance(NoneHash(), __import__("collections.abc").abc.Hashable))
