# memoryview basics over bytes and bytearray: indexing, slicing, tobytes/tolist/hex, release, writes
b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[::2].tobytes(), m.tolist()[:3], m.hex(), m.readonly)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.obj is b, m.contiguous)
m[0] = ord("J")
m[1:3] = b"EL"
print(b, m.tobytes())
mv = memoryview(b"abc")
print(mv.readonly, mv == b"abc", mv == memoryview(b"abc"), mv.tobytes().decode(), bytes(mv[1:]))
try:
    mv[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    m[100]
except IndexError as e:
    print("IndexError:", e)
with memoryview(b"xyz") as w:
    print(w.tobytes(), w.tolist())
try:
    w.tobytes()
except ValueError as e:
    print("ValueError:", e)
s = memoryview(b"abcdef")[1:5]
print(s.tobytes(), len(s), s[0], list(s), s.hex(":"), bytes(s[::-1]))
print(memoryview(b"").tobytes(), len(memoryview(b"")), b"".join([memoryview(b"a"), b"b"]))
print(bytearray(memoryview(b"qr")), bytes(memoryview(bytearray(b"st"))), memoryview(b"ab").cast("B").tolist())
