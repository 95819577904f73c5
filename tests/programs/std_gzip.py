# gzip: compress/decompress (multi-member, bad data), GzipFile over BytesIO (readline, read),
# gzip.open in text mode, and a real .gz file with seek.
import gzip, io, os, tempfile, zlib
data = b"".join(b"line %d of some text, repeated %s\n" % (i, b"ab" * (i % 7)) for i in range(2000))
gz = gzip.compress(data, mtime=0)
print(gzip.decompress(gz) == data, gz[:4])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"first\n")
    f.write(data)
buf.seek(0)
with gzip.GzipFile(fileobj=buf, mode="rb") as f:
    print(f.readline(), len(f.read()))
buf.seek(0)
with gzip.open(buf, "rt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[1])
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
try:
    gzip.decompress(b"not gzip data")
except Exception as e:
    print(type(e).__name__, e)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error", e)
data2 = "".join("row %d,%s\n" % (i, "x" * (i % 13)) for i in range(3000)).encode()
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.gz")
    with gzip.open(p, "wb") as f:
        f.write(data2)
    with gzip.open(p, "rb") as f:
        print(f.read(10), f.readline(), f.tell())
        f.seek(100)
        print(f.read(5))
    with gzip.open(p, "rt") as f:
        print(sum(1 for _ in f))
    with open(p, "rb") as f:
        print(gzip.decompress(f.read()) == data2)
