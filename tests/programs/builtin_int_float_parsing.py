# int() parsing with bases (0, 2..36), prefixes, underscores, whitespace, signs and Unicode
# digits; float() of inf/nan spellings, exponents and underscores; chr/ord/bin/oct/hex, format()
# with builtin types, repr/ascii of containers, and the error messages.
for s, base in [("0", 0), ("00", 0), ("0_0", 0), ("0x_ff", 0), ("0b1_0", 0), ("0O17", 0), ("z", 36), ("Z", 36),
                ("-0x10", 16), ("+0b11", 2), ("  1_2  ", 10), ("\t-7\n", 10), ("١٢٣", 10), ("1" * 30, 2),
                ("ff", 16), ("0xff", 16), ("10", 3), ("0o7", 8), ("0b1", 2), ("٣", 0), ("1_0", 0)]:
    print(repr(s), base, int(s, base))
for s, base in [("08", 0), ("0x", 16), ("1__2", 10), ("_1", 10), ("1_", 10), ("12", 2), ("0b2", 0), ("", 10),
                (" ", 10), ("1 2", 10), ("0x1", 10), ("9", 8), ("--1", 10), ("1.0", 10), ("z", 35), ("0_", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for args in [("1", 1), ("1", 37), ("1", -1), (1, 10), (1.5, 2), ("1", "2")]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(b"12"), int(bytearray(b" 7 ")), int("10", base=16), int(x="5") if False else int("5"), int(-0.9), int(1e20), int(True))
class I:
    def __int__(self):
        return 42
class Ix:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 3
print(int(I()), int(Ix()), int(T()), float(Ix()) if False else float(I()) if False else "skip")
for s in ["inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-NaN", "+nan", " 1e3 ", "1E-3", "1_0.5", ".5", "5.", "-.5e+2",
          "0x10" if False else "1e308", "1e309", "-1e309", "1e-400", "００７", "4.9e-324"]:
    print(repr(s), float(s))
for s in ["", "in", "infinit", "nanx", "1e", "e5", "1_", "_1", "1__0", "1.2.3", "0x10", "- 1", "++1", "1e5.0"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1], "1j"]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(chr(0), repr(chr(0x10FFFF)), ord("\x00"), ord(b"a"), ord(bytearray(b"z")))
for f in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr("a"), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"),
          lambda: ord(1), lambda: ord(b"ab"), lambda: bin(1.5), lambda: hex("a"), lambda: oct(None)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(bin(0), bin(-1), bin(2 ** 65), oct(-8), oct(0), hex(0), hex(-1), hex(2 ** 64), bin(Ix()), hex(Ix()), oct(True))
print(format(5), format(5, "b"), format(-5, "#x"), format(2.5, "e"), format("s", "^5"), format(True, "d"), format(3, "c"))
print(repr([1, "a", (2,), {3: "b"}, {4}, None, 1.0]), ascii(["é", b"\xe9", "\U0001F600"]), repr(()), repr((1,)), repr(set()))
print(repr(frozenset()), repr({}), repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
