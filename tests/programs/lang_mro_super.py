# C3 MRO, zero-argument super(), cooperative multiple inheritance.
class A:
    def who(self):
        return ["A"]

    def __init__(self):
        self.trail = ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("B")


class C(A):
    def who(self):
        return ["C"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("C")


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("D")


d = D()
print(d.who())
print(d.trail)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B)
print(super(B, d).who())
print(super(D, d).who())


class Base:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Derived(Base):
    @classmethod
    def make(cls):
        return "derived:" + super().make()

    def twice(self):
        return super().helper(21)


print(Derived.make(), Derived().twice())

try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class O1: pass
class O2: pass
class M1(O1, O2): pass
class M2(O2): pass
class Z(M1, M2): pass
print([k.__name__ for k in Z.__mro__])


def outer():
    class Inner(A):
        def who(self):
            return ["Inner"] + super().who()
    return Inner().who()


print(outer())


class P:
    def greet(self, name):
        return "hi " + name


class Q(P):
    def greet(self, name):
        r = super().greet
        return r(name).upper()


print(Q().greet("bob"))
