# print(sep, end, file, flush) and open() for text and binary files: read, write, append,
# iteration by line, with-statements.
import sys

print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print()
print("no newline", end="")
print(" then newline")
print(*[1, 2, 3], sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr goes elsewhere", file=sys.stderr)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
name = "/tmp/ferropy_builtin_print_open.txt"
with open(name, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("line three\n")
    print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name, "a", encoding="utf-8") as f:
    f.write("appended é\n")
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
f = open(name, "r")
print(f.read(4), f.closed)
f.close()
print(f.closed)
with open(name, "rb") as fb:
    data = fb.read()
print(type(data).__name__, len(data), data[:8])
with open(name, "wb") as fb:
    fb.write(b"\x00\x01binary")
with open(name, "rb") as fb:
    print(fb.read())
with open(name, "w") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(name) as f:
    print(f.read().splitlines())
print(list(open(name)))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    with open(name) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
with open(name, "w") as f:
    pass
print(open(name).read() == "")
