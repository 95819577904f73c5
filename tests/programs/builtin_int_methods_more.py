# int methods: bit_count, bit_length, as_integer_ratio, conjugate, real/imag, is_integer absence
for n in (0, 1, -1, 7, -8, 255, 2**64 - 1, -(2**100), 10**50):
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
          n.numerator, n.denominator)
print(True.bit_count(), False.as_integer_ratio(), True.real, (True).conjugate())
print(int.__name__, (5).__index__(), (-5).__abs__(), (5).__neg__(), (7).__floordiv__(2))
print((7).__rtruediv__(2), (3).__pow__(2), (3).__pow__(2, 5), (2).__rpow__(3))
print(int("0b1010", 0), int("0o17", 0), int("0x_ff", 0), int("1_000", 0), int(" 42 "))
print(int("z", 36), int("-Zz", 36), int("+0", 0), int("00", 0))
for bad in ["010", "1__0", "_1", "0x", "", " ", "1.5", "١٢"]:
    try:
        print(repr(bad), int(bad, 0))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
print(int("١٢٣"), int("  -7\n"), int(b"12"), int(bytearray(b" 9 ")))
print(int(3.99), int(-3.99), int(1e20), int(True), int("-0"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
class F:
    def __trunc__(self):
        return 9
class G:
    def __index__(self):
        return 4
class H:
    def __int__(self):
        return 12
print(int(G()), int(H()), (10).__round__(-1), round(15, -1), round(25, -1), round(-35, -1))
print(round(123456, -3), round(1234, 2), round(10**30 + 5 * 10**9, -10))
