# super() in its forms: zero-arg, two-arg, in classmethods/staticmethod-free contexts,
# through diamond MRO, with __init__ chains and properties, super() proxies' repr-free use,
# and the errors when used wrongly.
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return ("A.make", cls.__name__)
    def __init__(self):
        self.trace = ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return ("B.make",) + super().make()
    def __init__(self):
        super().__init__()
        self.trace.append("B")
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("C")
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("D")
d = D()
print(d.who(), d.trace, [k.__name__ for k in D.__mro__], D.make(), B.make())
print(super(B, d).who(), super(C, d).who(), super(D, d).who(), super(A, d).__init__ is not None)
print(super(D, D).make(), super(B, D).make())
class Base:
    @property
    def value(self):
        return 1
    def __repr__(self):
        return "Base"
class Derived(Base):
    @property
    def value(self):
        return super().value + 10
    def __repr__(self):
        return "Derived(" + super().__repr__() + ")"
print(Derived().value, repr(Derived()), str(Derived()))
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
c = Counter()
c["a"] = 5
print(c["a"], dict(c), len(c))
class L(list):
    def append(self, v):
        super().append(v)
        super().append(v)
l = L()
l.append(3)
print(l, super(L, l).__len__())
def outside(self):
    return super().who()
try:
    outside(d)
except RuntimeError as e:
    print("RuntimeError:", e)
class E(A):
    def f(self):
        def inner():
            return super().who()
        return inner()
try:
    E().f()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class F(A):
    def g(self):
        return [super().who() for _ in range(2)]
try:
    print(F().g())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class G(A):
    def who(self):
        return super().nosuch()
try:
    G().who()
except AttributeError as e:
    print("AttributeError:", e)
class H:
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.seen = True
class I(H):
    pass
print(I.seen, isinstance(super(I, I()), super))
