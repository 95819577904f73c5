# io.BufferedReader/BufferedWriter over any raw stream; native files still count as instances.
import io
f = open(__file__, "rb")
print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), type(f).__name__)
g = open("/dev/null", "wb")
print(isinstance(g, io.BufferedWriter), isinstance(g, io.BufferedReader))
g.close(); f.close()
r = io.BufferedReader(io.BytesIO(b"ab\ncd\nef"))
print(r.readline(), r.peek()[:2], r.read(1), r.read(), r.tell())
print(issubclass(io.BufferedReader, io.BufferedIOBase))
w = io.BufferedWriter(io.BytesIO(), buffer_size=4)
print(w.write(b"abcdef"), w.tell(), w.raw.getvalue())
w.write(b"g"); w.flush(); print(w.raw.getvalue())
class Raw(io.RawIOBase):
    def __init__(self): self.n = 0
    def readable(self): return True
    def readinto(self, b):
        if self.n >= 3: return 0
        self.n += 1
        b[:2] = b"x\n"
        return 2
print(list(io.BufferedReader(Raw())))
