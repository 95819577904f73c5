# float: is_integer, hex/fromhex, as_integer_ratio, repr/str round trip, round, inf/nan.
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.0).as_integer_ratio())
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 1.5e300 * 1e10)
print(repr(1.0), str(100.0), 1e22, 1e21, 0.0001, 0.00001, -0.0, 5e-324)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(0.5), round(1.5))
print(round(123.456, -1), round(123.456, 1), round(-0.5), type(round(2.5)), type(round(2.5, 0)))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, nan == nan, nan != nan, inf > 1e308, nan < 1)
print(float("  -1.5e3 "), float("1_000.5"), float("infinity"), float("-NaN"), float(7), float(True))
for bad in ["", "1.2.3", "abc", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** 0.5, 4 ** -1, (-8) ** (1 / 3))
print(abs(-2.5), int(2.9), float.__name__, (1.5).real, (1.5).imag, (3.5).conjugate())
print(max(1, 2.5), min(-0.0, 0.0), 1 == 1.0, hash(1.0) == hash(1), hash(1.5) == hash(1.5))
print(sum([0.1] * 10), 3 * 0.1, 10 / 4, 10 // 4.0, 1e308 * 10, -1e308 * 10)
print(f"{1.0:.20f}", 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(complex(1, 2), complex(1, 2) * 2, (1 + 2j).real, abs(3 + 4j), 1j * 1j, (1 + 2j) + (3 - 1j))
