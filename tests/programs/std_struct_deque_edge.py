# struct, deque and array edge cases: whitespace in formats, pascal strings, half-float rounding
# and subnormals, offsets, repeat errors, deque index ranges and maxlen repetition, array slices.
import struct
from collections import deque
from array import array
tests = [lambda: struct.calcsize("  i  h "), lambda: struct.pack("<?", 2), lambda: struct.pack("@bq", 1, 2), lambda: struct.unpack("@bq", bytes(16)),
 lambda: struct.pack("10p", b"hi"), lambda: struct.unpack("3p", b"\x09ab"), lambda: struct.pack("0p", b"a"), lambda: struct.pack(">3e", 0.0, -0.0, 2.0**-24),
 lambda: struct.unpack(">e", b"\x7e\x00"), lambda: struct.pack("<e", 65520.0), lambda: struct.pack("<e", 65519.99), lambda: struct.pack("<e", 5.960464477539063e-08),
 lambda: struct.pack("<e", 2.9802322387695312e-08), lambda: struct.pack("<e", 2.980232238769532e-08), lambda: struct.pack("!f", float("nan")) [:1],
 lambda: struct.pack("<i", True), lambda: struct.pack("<d", 1), lambda: struct.unpack_from("<h", bytearray(b"\x01\x00\x02\x00"), -2), lambda: struct.unpack_from("<h", b"\x01", 0),
 lambda: struct.unpack_from("<h", b"\x01\x00", 5), lambda: struct.pack(b"<h", 1), lambda: struct.Struct("<2h").unpack(b"\x01\x00\x02\x00"), lambda: struct.pack("<Q", 2**64 - 1),
 lambda: struct.pack(">q", -1), lambda: struct.pack("s", b"abc"), lambda: struct.pack("2x"), lambda: struct.unpack("2x", b"ab"), lambda: struct.iter_unpack("", b""),
 lambda: deque([1, 2, 3]).index(3, -1), lambda: deque([1, 2, 3]).index(1, 1), lambda: deque(maxlen=2).__repr__(), lambda: deque([1]) * -3, lambda: deque(range(5), 3) * 2,
 lambda: deque([1, 2]) * 1.5, lambda: 1.5 * array("i"), lambda: deque("abc").rotate(-7), lambda: deque([[1]]) == deque([[1]]), lambda: deque([1]) < [2], lambda: deque(iterable=[1], maxlen=1),
 lambda: array("i", range(5))[-2:], lambda: array("i", range(5))[10:], lambda: array("H", [1]) + array("H", [2]), lambda: array("i", [1, 2]).index(2, -1), lambda: array("b", [1, -1]).tobytes(),
 lambda: array("L", [2**64 - 1]), lambda: array("Q", [2**64 - 1])[0], lambda: array("f", [1e40]), lambda: array("d", [1]) * 2.5, lambda: array("i") < array("i", [0])]
for t in tests:
    try: print(repr(t())[:120])
    except Exception as e: print(type(e).__name__, e)
