# struct (through the pure struct.py over _struct): pack/unpack of every code in native,
# standard little/big-endian modes, alignment and calcsize, s/p strings, half floats, bools,
# pack_into/unpack_from/iter_unpack, the Struct class, and struct.error messages.
import struct

print(struct.calcsize("i"), struct.calcsize("@ci"), struct.calcsize("=ci"), struct.calcsize("<qh"), struct.calcsize("@hq"), struct.calcsize("3s2x?"), struct.calcsize("@bid"), struct.calcsize("P"), struct.calcsize("nN"))
for fmt, vals in [("<i", (1,)), (">i", (-2,)), ("!H", (513,)), ("<q", (-(2**63),)), (">Q", (2**64 - 1,)), ("<bBhH", (-1, 255, -300, 60000)),
                  ("@ihq", (1, 2, 3)), ("=ihq", (1, 2, 3)), ("<3s", (b"abcdef",)), ("<5s", (b"ab",)), ("<5p", (b"hello world",)), ("<c?", (b"z", 7)),
                  ("<e", (1.5,)), (">e", (-0.1,)), ("<e", (65504.0,)), ("<e", (1e-7,)), ("<e", (6e-8,)), ("<f", (3.14,)), (">d", (1e300,)), ("<d", (float("inf"),)), ("<2i3x", (5, 6)),
                  ("<l", (2**31 - 1,)), ("@l", (2**40,)), ("<I", (2**32 - 1,)), ("0s", (b"",)), ("<?", ([],))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack(">f", b"\x7f\xc0\x00\x00"), struct.unpack("<2p", b"\x05a"))
bad = [("h", 40000), ("b", 200), ("B", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1),
       ("<h", 40000), ("<H", 70000), ("<H", -1), ("<i", 2**31), ("<l", 2**31), ("<q", 2**63), ("<Q", -1), (">I", 2**32), ("<b", 128), ("<B", 256),
       ("h", 1.5), ("f", "x"), ("c", b"ab"), ("c", 1), ("s", "str"), ("<f", 1e300), ("e", 1e10), ("<n", 1), ("3", 1), ("z", 1), ("ii", 1)]
for fmt, v in bad:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for f in [lambda: struct.unpack("<i", b"abc"), lambda: struct.unpack_from("<i", b"abc", 1), lambda: list(struct.iter_unpack("<h", b"abc")),
          lambda: struct.unpack("i", "text"), lambda: struct.Struct(5)]:
    try:
        print(f())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", 2), struct.unpack_from("<h", b"\x01\x02\x03\x04", offset=-2))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
buf = bytearray(8)
struct.pack_into("<hi", buf, 1, 7, -1)
print(buf)
s = struct.Struct("<if")
print(s.format, s.size, s.pack(1, 2.5), s.unpack(b"\x01\x00\x00\x00\x00\x00\x20\x40"), s.unpack_from(b"xx" + s.pack(3, 0.5), 2))
print(list(s.iter_unpack(s.pack(1, 1.0) + s.pack(2, 2.0))), struct.Struct(b">H").format)
s.pack_into(buf, 0, 9, 9.0)
print(buf, isinstance(struct.error(), Exception), struct.error.__module__, struct.error.__name__)
