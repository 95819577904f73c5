# zlib.compressobj/decompressobj: zlib, raw, gzip and auto framings, chunked input, max_length with
# unconsumed_tail, unused_data, eof, sync flush; decompressing CPython's bytes; zlib.error messages.
import zlib, gzip, io
data = b"".join(b"line %d of some text, repeated %s\n" % (i, b"ab" * (i % 7)) for i in range(2000))
for wbits in (15, -15, 31, 9):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(c.flush())
    blob = b"".join(parts)
    print(wbits, zlib.decompress(blob, wbits) == data)
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(blob[i:i + 333]) for i in range(0, len(blob), 333)) + d.flush()
    print(" stream", out == data, d.eof, d.unused_data, d.unconsumed_tail)
    d = zlib.decompressobj(wbits)
    first = d.decompress(blob + b"EXTRA", 100)
    print(" max_length", len(first), len(d.unconsumed_tail) > 0, d.eof)
    rest = d.decompress(d.unconsumed_tail)
    print(" rest", first + rest == data, d.eof, d.unused_data)
d = zlib.decompressobj(47)
print("auto", d.decompress(gzip.compress(b"hello")) == b"hello", zlib.decompressobj(47).decompress(zlib.compress(b"hi")))
c = zlib.compressobj()
s1 = c.compress(b"abc") + c.flush(zlib.Z_SYNC_FLUSH)
print("sync flush decodes", zlib.decompressobj().decompress(s1))
s2 = s1 + c.compress(b"def") + c.flush()
print(zlib.decompress(s2))
# data compressed by CPython's zlib
fixed = bytes.fromhex("789ccb48cdc9c95728cf2fca4901001a0b045d")
print(zlib.decompress(fixed), zlib.decompressobj().decompress(fixed))
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error", e)
