# zlib one-shot functions: compress/decompress round trips at every level and wbits framing
# (zlib, raw, gzip, auto-detect), CPython-made input, crc32/adler32 chaining, zlib.error cases.
import zlib
data = b"hello world " * 50 + bytes(range(256))
for level in [-1, 0, 1, 9]:
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data)
for wbits in [15, -15, 31, 9]:
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else "")
print(zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15"))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")), zlib.adler32(b""))
for bad in [b"not zlib", zlib.compress(data)[:-10], b""]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, issubclass(zlib.error, Exception))
print(zlib.decompress(zlib.compress(b"")), len(zlib.compress(b"a" * 10000)) < 100)
