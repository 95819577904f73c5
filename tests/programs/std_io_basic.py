# io: StringIO and BytesIO reading, writing, seeking; TextIOWrapper-like files via open.
import io
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.tell(), s.readlines())
s.seek(0)
print(list(s))
w = io.StringIO()
w.write("hello ")
print("world", file=w)
w.writelines(["a", "b\n"])
print(repr(w.getvalue()), w.tell())
w.seek(0); w.write("J")
print(w.getvalue().splitlines(), w.truncate(3), repr(w.getvalue()))
b = io.BytesIO(b"abc")
b.seek(0, 2); b.write(b"def")
print(b.getvalue(), b.tell(), b.seek(1), b.read(2), b.read())
with io.StringIO() as z:
    z.write("x")
    print(z.closed)
print(z.closed, isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(s, io.IOBase))
try:
    z.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(io.DEFAULT_BUFFER_SIZE > 0, issubclass(io.UnsupportedOperation, OSError))
