# bytes/bytearray: hex with separators, fromhex, translate/maketrans, split/strip/partition, % formatting
b = b"\x00\x01\xab\xcd\xef\xff"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|", 3), bytearray(b).hex("."))
print(bytes.fromhex("00 ab ff"), bytearray.fromhex("deadBEEF"), bytes.fromhex(""))
for bad in ["0", "zz", "a b"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError:", e)
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"))
print(bytearray(b"cab").translate(t), bytearray.maketrans(b"a", b"b")[97])
print(b" a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"  xx  ".strip(), b"xxhixx".strip(b"x"), b"  hi".lstrip(), b"hi  ".rstrip(), b"abc".strip(b"ac"))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(b"%d %s %r %x %5.2f %c %c %%" % (5, b"hi", b"q", 255, 3.14159, 65, b"Z"))
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, bytearray(b"%s!") % b"x", b"%b" % bytearray(b"y"))
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: b"%c" % 256,
            lambda: b"%q" % 1]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"Hello World".swapcase(), b"hello world".title(), b"HELLO".lower(), b"abc".upper(), b"abc".capitalize())
print(b"a\tb".expandtabs(4), b"42".zfill(5), b"-3".zfill(4), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(b"abcabc".count(b"b"), b"abcabc".find(b"c", 3), b"abc".rfind(b"x"), b"abcabc".index(b"ca"), b"abcabc".rindex(b"a"))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 1), b"a1".isalnum(), b"AB".isupper(), b" \t".isspace())
print(b"line1\nline2\r\nline3\r".splitlines(), b"a\nb\n".splitlines(True), b"ab".join([b"1", bytearray(b"2"), b"3"]))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"aaa".replace(b"a", b"b", 2), b"x".isascii())
print(b"abc"[1], b"abc"[-1:], b"abc" * 2, b"ab" + bytearray(b"c"), b"b" in b"abc", 98 in b"abc")
print(bytes(3), bytes([1, 2]), bytes("hé", "utf-8"), bytes(range(3)), bytearray(2), bytes.fromhex("41").decode())
