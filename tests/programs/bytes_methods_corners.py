# bytes/bytearray methods: split/strip/partition/replace/find/count with bytes and ints,
# case and is* methods, hex/fromhex with separators, center/zfill, join, translate/maketrans,
# and the errors of each.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(b" !"), b.split(), b.split(b","), b.rsplit(None, 1), b.split(b"l", 2))
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize(), b"ab".center(6, b"*"), b"-3".zfill(5))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"o", 6, 10))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.replace(b"l", b"L", 2), b.partition(b","), b.rpartition(b"o"))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(),
      b"Ab Cd".istitle(), b"abc".isascii(), b"\x80".isascii(), b"".isalpha())
print(b"\x00\xff\x10".hex(), b"\x00\xff\x10".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -4), bytes.fromhex("0a ff 10"))
print(bytearray.fromhex("de ad"), bytes.fromhex(""), b"x".join([b"a", bytearray(b"b"), b"c"]))
print(b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"abc".translate(None, b"b"), b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"x" * 3, 3 * b"y")
print(b"abc"[1], b"abc"[-1:], b"abc"[::-1], list(b"ab"), bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(range(3)))
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"ab" in b"cabd", 97 in b"abc", b"" in b"x", hash(b"ab") == hash(b"ab"))
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EL"
ba.append(33)
ba.extend(b"??")
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
ba.remove(33)
ba.reverse()
print(ba, ba.copy(), ba * 2, ba + b"!", ba.index(b"L"), ba.count(b"l"))
del ba[0]
ba += b"xy"
print(ba, bytes(ba), ba.decode(), ba.upper(), type(ba.upper()).__name__)
ba.clear()
print(ba, repr(bytearray()), repr(bytearray(b"'\"")), repr(b"'"), repr(b"\"'"), repr(b"\n\x00\x7f\x80"))
for f in [lambda: b"a" + "b", lambda: b"abc".find("a"), lambda: b"a".split(""), lambda: b"a".split(b""),
          lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"abc"[5], lambda: bytes([256]),
          lambda: bytes([-1]), lambda: bytearray(b"a").append(300), lambda: bytearray(b"a").remove(98),
          lambda: bytearray().pop(), lambda: b"a".center(3, "x"), lambda: b"x".join(["a"]), lambda: b"a"[0:1].decode("ascii", "strict") + 1,
          lambda: bytes("abc"), lambda: bytes(1.5), lambda: b"%d" % "x", lambda: b"a".count(256), lambda: b"abc".index(b"z"),
          lambda: bytearray(b"ab").index(120), lambda: b"\xff".decode("utf-8"), lambda: b"ab".hex(""), lambda: bytes(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"%s %d %x %r %a %c %5.2f %%" % (b"bytes", 42, 255, "r", "é", 65, 3.14159), b"%c" % b"z", b"%(k)s" % {b"k": b"v"})
