# bz2 over _bz2 (the bzip2 crate): compress/decompress round trips, BZ2Compressor in chunks,
# BZ2Decompressor with unused_data, bytes CPython wrote, BZ2File over BytesIO, bz2.open text mode.
import bz2, io
data = b"".join(b"record %d: %s\n" % (i, b"xyz" * (i % 9)) for i in range(3000))
print(bz2.decompress(bz2.compress(data)) == data, bz2.compress(b"")[:4])
c = bz2.BZ2Compressor(5)
blob = b"".join(c.compress(data[i:i + 4096]) for i in range(0, len(data), 4096)) + c.flush()
print(bz2.decompress(blob) == data)
d = bz2.BZ2Decompressor()
out = d.decompress(blob + b"tail")
print(out == data, d.eof, d.unused_data, d.needs_input)
print(bz2.decompress(bz2.compress(b"ab") + bz2.compress(b"cd")))
fixed = bytes.fromhex("425a68393141592653590e5e96cb0000031980400010001644909020003100d34d0400d320955dc09b6442f1772453850900e5e96cb0")
print(bz2.decompress(fixed))
buf = io.BytesIO()
with bz2.BZ2File(buf, "wb") as f:
    f.write(data)
buf.seek(0)
with bz2.BZ2File(buf) as f:
    print(f.readline(), len(f.read()))
buf.seek(0)
with bz2.open(buf, "rt") as f:
    print(len(f.readlines()))
try:
    bz2.decompress(b"not bz2 data at all")
except OSError as e:
    print("OSError")
