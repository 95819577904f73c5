# io: newline handling in StringIO, readline limits, BytesIO readinto/getbuffer-free ops, text files via open, io.open.
import io, os
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(s.read()))
s = io.StringIO("one\ntwo\nthree")
print(repr(s.readline(2)), repr(s.readline()), s.readlines(1), s.read())
b = io.BytesIO()
b.write(b"hello world")
b.seek(6)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read(), b.seek(-5, 2), b.read(2), b.truncate(4), b.getvalue())
path = "/tmp/ferropy_io_%d.txt" % os.getpid()
with io.open(path, "w", encoding="utf-8") as f:
    print(f.write("héllo\nwörld\n"), type(f).__name__, isinstance(f, io.TextIOWrapper))
with open(path, "rb") as f:
    raw = f.read()
    print(raw, isinstance(f, io.BufferedReader))
with open(path, encoding="utf-8") as f:
    print([line.rstrip() for line in f])
os.remove(path)
out = io.StringIO()
print("a", "b", sep="-", end="!\n", file=out)
print(out.getvalue(), end="")
print(io.StringIO("x").readable(), io.BytesIO().seekable(), io.SEEK_END)
