# print(): sep, end, file, flush, None values, objects with __str__, and errors
import sys, io
print(1, 2, 3, sep="-", end="|\n")
print("a", "b", sep="")
print(sep="x", end="!\n")
print("no newline", end="")
print()
print(None, True, 1.0, [1, "a"], (1,), {"k": None}, sep=", ")
print("x", sep=None, end=None)
buf = io.StringIO()
print("to", "buffer", file=buf, sep="_")
print(42, file=buf, end="")
print(repr(buf.getvalue()))
print("err line", file=sys.stderr is None or sys.stdout)
print("flushed", flush=True)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], f"{S()}", f"{S()!r}", str(S()), repr(S()))
for bad in [lambda: print(sep=1), lambda: print(end=[]), lambda: print(file=1), lambda: print(foo=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, file=w, sep="+")
print(w.parts)
print(*range(5), sep=" < ")
print(*[], sep="x")
print("tab\there", "nl\\n", "uni é ☃")
