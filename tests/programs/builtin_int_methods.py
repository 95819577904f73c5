# int: bit_length, to_bytes/from_bytes, int(s, base), underscores, bigints, errors.
print((255).bit_length(), (0).bit_length(), (-1024).bit_length(), (2**100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  42  "))
print(int("1_000_000"), int("-7"), int("+7"), int(3.99), int(-3.99), int(True), int("١٢"))
for bad in ["", "1.5", "0x", "1__0", "_1", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
big = 2 ** 200
print(big, -big // 7, big % 1000007, len(str(3 ** 5000)))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, pow(3, 4, 5), pow(2, -1, 7))
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((10).__index__(), int.__name__, abs(-5), -(-5), ~5, 5 << 3, -20 >> 2, 6 & 3, 6 | 3, 6 ^ 3)
print(0x_ff, 0b_1010, 1_0, 10 ** 20, 10 ** -2, 7 / 2, 6 / 3)
print((12).as_integer_ratio(), (-5).bit_count() if hasattr(int, "bit_count") else 2)
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7), round(-15, -1))
print(isinstance(True, int), True + True, True * 3, False - 1, hash(True), hash(-1), hash(10**20) == hash(10**20))
