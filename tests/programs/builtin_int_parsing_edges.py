# int()/float() of strings: underscores, bases, whitespace, signs, unicode digits, limits on digits
for s, base in [("1_000", 10), ("0x_1f", 16), ("0b_1", 0), ("  +12  ", 10), ("-0o777", 0), ("0O17", 0), ("ZZ", 36),
                ("١٢٣", 10), ("𝟗", 10), ("0", 0), ("000", 0), ("+0x0", 0), ("z", 36), ("1" * 50, 2), ("7f", 16)]:
    print(repr(s), base, int(s, base))
for s, base in [("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("08", 0), ("0b2", 0), ("1 0", 10), ("", 10),
                ("+-1", 10), ("12", 2), ("0x1", 10), ("١_٢", 10), ("\x00", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1_000.5", "1e1_0", ".5", "5.", "-.5e-3", "1_0e1", "  2.5\n", "١.٥", "0x1p3"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
for s in ["1__0.0", "_1.0", "1.0_", "1._0", "e5", "1e", "--1", "inf inity", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
import sys
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(len(hex(10 ** 5000)), int("1" * 4301, 16) > 0, int(b"  42  "), int(bytearray(b"-7")), float(b"1.5"))
print(int("  \t\n 9 \x0c"), int("\u2003 5 \u3000"), float("\u00a0 3.0 "), int("+5"), int("-0"), float("-0.0"))
