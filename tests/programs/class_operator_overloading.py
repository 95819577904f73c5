# Operator overloading: reflected ops and NotImplemented fallbacks, subclass-first reflected
# priority, in-place ops falling back to binary ops, rich comparison reflection and the
# default ==/!= identity, __eq__ without __hash__, and unsupported-operand messages.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return self.c < o.c if isinstance(o, V) else NotImplemented
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 3 * a, -a, a @ b, a == V(1, 2), a != b, a < b, b > a, a <= b if False else "le-skip")
print(sum([a, b]), sum([a, b], V(0, 0)), sorted([b, a]), max([a, b]))
for f in [lambda: a + "s", lambda: "s" + a, lambda: a * 1.5, lambda: a - b, lambda: a <= b, lambda: a < 1, lambda: ~a]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(hash(a) if V.__hash__ else "unhashable", V.__hash__)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = Acc()
y = x
x += 1
x += 2
o = OnlyAdd(1)
o2 = o
o += 5
print(x is y, x.items, o.v, o2.v, o is o2)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
class Cmp2(Cmp):
    pass
print(Cmp(1) == Cmp(2))
print(Cmp(1) == Cmp2(2))
c = Cmp(3)
print(c == c, c != Cmp(4), Cmp(5) == 5)
class Ord:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
print(Ord(1) < Ord(2))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return 99
    def __float__(self):
        return 1.5
    def __complex__(self):
        return 2j
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
import math
n = Num(3)
print([10, 20, 30, 40][n], "abcdef"[n:], bin(n), hex(n), int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), +n, ~n)
print(range(n), list(range(10))[Num(1):Num(4)], operator_index := __import__("operator").index(n), "x" * n, [0] * Num(2))
