# bytes construction from ints/iterables/str/buffers, decode defaults, repr escapes, comparisons, iteration
print(bytes([0, 10, 13, 39, 92, 127, 128, 255]), repr(b"'\""), repr(b'"'), repr(b"'"), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes(iter([65, 66])), bytes((x for x in range(67, 70))), bytes("é", "latin-1"), bytes("€", encoding="utf-8"), bytes(0))
print(list(b"ab"), [b for b in bytearray(b"\x00\xff")], b"abc"[0], b"abc"[-1:], b"abc"[::-1], b"a" < b"b", b"ab" < b"a\xff", b"" < b"\x00")
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), bytearray(b"hi").decode(), b"x".decode(encoding="utf-8"))
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" in b"abc", b"ab" + b"cd", b"ab" * 2, hash(b"ab") == hash(bytes(b"ab")))
print(b"%s" % b"x", b"a,b".split(b","), b"x".join([b"1", b"2"]), bytes.fromhex("ff 00"), b"\x01".hex(), int.from_bytes(b"\x01\x00", "little"))
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 3
print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()))
for bad in [lambda: bytes("x"), lambda: bytes([300]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5),
            lambda: bytes("x", "nope"), lambda: bytes(b"x", "utf-8"), lambda: b"a" + "b", lambda: b"abc"[5],
            lambda: b"abc".decode("utf-8", 5), lambda: bytes(-5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
