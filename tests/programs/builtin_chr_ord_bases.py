# chr/ord/bin/oct/hex/ascii/format() with their errors, __index__ objects, big values
print(chr(65), chr(0x1F600), chr(0), repr(chr(127)), ord("a"), ord("€"), ord(b"A"), ord(bytearray(b"z")), ord("\U0010ffff"))
print(bin(0), bin(-5), bin(2**70), oct(8), oct(-8), hex(255), hex(-255), hex(2**64), bin(True))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), chr(I()), format(I(), "x") if hasattr(I, "__format__") else "")
print(ascii("é€😀\n\x00"), ascii([1, "ü"]), ascii(b"\xff"), ascii(1.5), ascii({"k": "ß"}))
print(format(3.14159, ".2f"), format("ab", "^6"), format(42), format([1]), format(None), format(True, "d"), format(True))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr("a"), lambda: ord(""),
            lambda: ord("ab"), lambda: ord(1), lambda: ord(b"ab"), lambda: bin(1.0), lambda: hex("1"),
            lambda: oct([]), lambda: format(1, "q"), lambda: format([], "x"), lambda: format(1.5, "d"),
            lambda: format("s", "d"), lambda: format(1, 2), lambda: chr(2**70), lambda: ascii()]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
class BadFmt:
    def __format__(self, spec):
        return 5
print(format(Fmt(), "abc"), f"{Fmt():xyz}", "{:q}".format(Fmt()))
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(object(), "") != "", int("ff", 16), int("-0b101", 0), int("  0o17  ", 8), int("Z", 36))
