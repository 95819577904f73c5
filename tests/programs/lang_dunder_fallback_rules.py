# Operator dispatch rules: a subclass's reflected method goes first, NotImplemented falls back,
# __eq__ falls back to identity, __ne__ inverts __eq__, __bool__ falls back to __len__,
# `in` falls back to __iter__ then __getitem__, iteration via __getitem__, __index__ for
# slicing, and the error messages when nothing applies.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return f"Base.__add__({self.v}, {getattr(o, 'v', o)})"

    def __radd__(self, o):
        return f"Base.__radd__({self.v}, {getattr(o, 'v', o)})"


class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({self.v}, {getattr(o, 'v', o)})"


print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + 5, 5 + Base(1))


class Declines:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return NotImplemented


try:
    Declines() + Declines()
except TypeError as e:
    print("TypeError:", e)
print(Declines() + Base(3) if False else Base(3).__radd__("x"))
try:
    Declines() * 2
except TypeError as e:
    print("TypeError:", e)
try:
    -Declines()
except TypeError as e:
    print("TypeError:", e)


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("EqOnly.__eq__")
        return isinstance(o, EqOnly) and self.v == o.v


print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
o = object()
print(o == o, o != object(), Base(1) == Base(1))


class Other:
    def __eq__(self, o):
        print("Other.__eq__ reflected")
        return True


print(EqOnly(1) == Other(), Other() == 5, 5 == Other())


class Sized:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Sized()), bool(Truthy()), not Sized())


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)


class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(2 in IterOnly(), 20 in GetItemOnly(), 25 in GetItemOnly(), list(GetItemOnly()))
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 2


print([0, 1, 2, 3][Idx()], "abcdef"[Idx():], bin(Idx()), range(10)[Idx()::Idx()])
try:
    [1][float(1)]
except TypeError as e:
    print("TypeError:", e)


class CmpMixed:
    def __lt__(self, o):
        return NotImplemented


try:
    CmpMixed() < CmpMixed()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([CmpMixed(), CmpMixed()])
except TypeError as e:
    print("TypeError:", e)


class Inplace(list):
    def __iadd__(self, o):
        return NotImplemented


x = Inplace([1])
x += [2]
print(x, type(x).__name__)
