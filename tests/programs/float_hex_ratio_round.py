# float.hex/fromhex, is_integer, as_integer_ratio, round with ndigits, repr round-trip, dunders
vals = [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1/3, 123456.789,
        float("inf"), float("-inf")]
for v in vals:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.is_integer())
for v in vals[:-2]:
    print(v.as_integer_ratio())
for s in ["0x1p-1", "0X1.8P+3", "-0x.8p1", "0x1.fffffffffffffp1023", "inf", "-Infinity", "nan",
          "  0x10  ", "0x1p-1074", "0x1p-1075", "0x3p-1076", "1", "0x1.0000000000000fp0"]:
    print(repr(s), float.fromhex(s))
for bad in ["0x1p99999", "", "0x", "zz", "0x1.2.3"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-0.5))
print(round(1234.5678, -2), round(1e300, -299), round(1.5e-300, 300), round(123.456, 10))
print(round(5e-324, 400), round(1e308, -308), round(-1e308, -308), round(0.5, 0), round(-1.5, 0))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.5),
            lambda: round(1e308 * 10)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for x in [0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0, 1e22, 1e23, 2.0**60, 9007199254740993.0]:
    print(repr(x), str(x), float(repr(x)) == x)
print((2.5).__round__(), (2.5).__round__(0), (-2.7).__trunc__(), (2.1).__ceil__(), (-2.1).__floor__())
print((1.5).conjugate(), (1.5).real, (1.5).imag, float.__name__)
print(float("1_000.5"), float(" -1e3 "), float("iNf"), float("-nan"), float(b"2.5"), float(True))
