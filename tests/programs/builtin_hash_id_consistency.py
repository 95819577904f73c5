# hash() consistency across numeric types and equal values, id() stability, hash of special values
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(float(10**30)) if float(10**30) == 10**30 else None)
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(-1), hash(-2))
print(hash(2**64) == hash(2**64 % (2**61 - 1)), hash(-(2**64)), hash(1 / 3), hash(2 ** -30))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})), hash(()), hash((1,)))
print(hash("") == 0, hash(b"") == 0, hash("abc") == hash("abc"), hash(b"abc") == hash("abc".encode()))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int), hash(range(3)) == hash(range(0, 3)))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(Fraction(10**20)) == hash(10**20))
a = object(); b = object()
print(id(a) == id(a), id(a) != id(b), hash(a) == hash(a), isinstance(id(a), int), id(1) == id(1))
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({K(1), K(1), K(2)}), {K(1): "x"}[K(1)], hash(K(5)) == hash(5))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__, end=" ")
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2**100
class BadHash:
    def __hash__(self):
        return "x"
print(hash(BigHash()) == hash(2**100))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, [2])) if False else "skip", {1: "int", 1.0: "float", True: "bool"})
