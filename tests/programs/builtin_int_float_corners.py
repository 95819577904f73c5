# int/float method corners beyond the basics: to_bytes/from_bytes defaults and errors,
# as_integer_ratio, bit_count, conjugate/numerator/denominator, float.hex/fromhex corners,
# round with ndigits on ints and floats, divmod/%/// with negatives and floats, pow.
print((5).to_bytes(), (0).to_bytes(0, "big"), (-128).to_bytes(1, "little", signed=True), (255).to_bytes(2))
print(int.from_bytes(b""), int.from_bytes(b"\x80", signed=True), int.from_bytes(bytearray(b"\x01\x00"), "little"))
for f in [lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big"),
          lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", "x"),
          lambda: (1).to_bytes(1, byteorder=1), lambda: int.from_bytes([256], "big")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
for n in (0, 1, -1, 7, -8, 10, 2 ** 64 - 1, -(2 ** 70)):
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio(), n.numerator, n.denominator, n.conjugate(), n.real, n.imag)
print(True.as_integer_ratio(), (True).bit_count(), True.numerator, type(True.real).__name__, int.__name__)
for x in (0.5, -0.375, 1e300, 5e-324, 0.1, 3.0, -0.0):
    print(x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ["0x1p0", "0X1.fffffffffffffp1023", "-0x0.0000000000001p-1022", "1", "0x.8", "  0xAp-2  ", "inf", "-Infinity",
          "nan", "0x1p-1075", "0x1p-1074", "0x1.8"]:
    print(s, float.fromhex(s))
for bad in ["0x1p", "0xg", "", "0x1p99999", "1e5"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(round(12345, -2), round(12355, -1), round(-12345, -1), round(5, 2), round(15, -1), round(25, -1), round(7, -5), round(2 ** 70 + 1, -20))
print(round(0.125, 2), round(0.375, 2), round(-1.5), round(1e300, -300), round(1.23456e-10, 12), round(2.5, 0), round(-0.4))
print(type(round(5, 2)).__name__, type(round(5.5)).__name__, type(round(5.5, None)).__name__, round(3.7, None))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7.5, -2), (0, 5), (5.0, 0.5), (-1e-300, 1e300), (2 ** 65, -3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(-0.0 % 5, 0.0 % -5, (-0.0) // 1, 5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 2, -5), pow(0, 0))
for f in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: divmod(1, 0), lambda: 5 % 0,
          lambda: 5.0 // 0, lambda: divmod(1.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (-8) ** 0.5, lambda: 10 ** 400 * 1.0,
          lambda: 2.0 ** 10000, lambda: round(1.5, "x"), lambda: int.from_bytes(5, "big")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print((-8) ** (1 / 3) == complex, 1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 ** -2, (-2) ** -2, 7 .__rpow__(2), (3).__rtruediv__(1))
print((10).__floordiv__(3), (10).__mod__(-3), (2.5).__divmod__(1), (7).__rdivmod__(20), (1.5).__rmod__(4), abs(-0.0), abs(-5), abs(True))
