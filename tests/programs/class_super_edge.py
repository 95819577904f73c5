# super() forms: zero-arg in methods, classmethods, staticmethod (error), nested functions,
# two-argument super with instances and types, super() in __init_subclass__ and properties,
# and attribute errors through super.
class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

    @property
    def prop(self):
        return "A.prop"

    def __repr__(self):
        return "A()"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def prop(self):
        return "B>" + super().prop

    def via_lambda(self):
        f = lambda: super(B, self).who()
        return f()

    def via_comprehension(self):
        return [super().who() for _ in range(2)]


class C(B):
    def who(self):
        return "C>" + super().who()

    def skip(self):
        return super(B, self).who()


c = C()
print(c.who(), C.make(), c.prop, c.via_lambda(), c.via_comprehension(), c.skip())
print(super(C, c).who(), super(B, C).make(), super(C, C).who(c))
print(repr(super(C, c))[:20])

try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)

try:
    super(C, c).missing
except AttributeError as e:
    print("AttributeError:", e)


class S:
    @staticmethod
    def st():
        return super().who()


try:
    S.st()
except RuntimeError as e:
    print("RuntimeError:", e)


def outside():
    return super().x


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class Diamond0:
    def hello(self):
        return ["D0"]


class Left(Diamond0):
    def hello(self):
        return ["L"] + super().hello()


class Right(Diamond0):
    def hello(self):
        return ["R"] + super().hello()


class Bottom(Left, Right):
    def hello(self):
        return ["B"] + super().hello()


print(Bottom().hello(), [k.__name__ for k in Bottom.__mro__])


# super() with a __class__ cell survives rebinding the class name.
class Orig(A):
    def who(self):
        return "Orig>" + super().who()


Renamed = Orig
Orig = None
print(Renamed().who())


class Setter(A):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


s = Setter()
s.v = 21
print(s.v, s.__dict__)
