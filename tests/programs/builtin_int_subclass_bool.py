# int and bool subclasses and bool arithmetic: results are plain ints, reprs, int() of subclasses, __index__
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
m = MyInt(7)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1).__name__)
print(int(m), type(int(m)).__name__, m == 7, hash(m) == hash(7), m.bit_length(), [0] * m == [0] * 7, "ab"[MyInt(1)])
print(MyInt("12", 8), MyInt(3.9), MyInt(), isinstance(m, int), m.real, type(m.real).__name__, m.numerator)
print(True + True, True * 10, -True, ~True, True / 2, True // 2, True ** 10, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(~False).__name__, type(True | 2).__name__, repr(True and 0))
print(bool(0), bool(0.0), bool(""), bool([]), bool(None), bool(1j), bool("0"), bool([0]), bool(...), int(True), float(False))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "x"), "%s %d %r" % (True, True, False))
print(sum([True] * 5), max(True, 2), sorted([True, 0, False, 1]), True in [1], {True: "a", 1: "b"})
class B:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
print(bool(B()), bool(L()), not B(), "yes" if L() else "no")
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    class NoSub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class Sized(int):
    pass
print(Sized(5) + Sized(6), type(Sized(5) + Sized(6)).__name__, Sized(10) // 3, divmod(Sized(7), 2), pow(Sized(2), 3))
