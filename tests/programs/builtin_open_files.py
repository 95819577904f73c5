# open(): text and binary modes, write/append/read, iteration by line, with, seek/tell, encoding, errors
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("line1\n"), f.write("ligne é\n"), f.writable(), f.readable(), f.mode, f.closed)
print(f.closed)
with open(p, "a", encoding="utf-8") as f:
    f.write("last")
with open(p, encoding="utf-8") as f:
    print([line for line in f])
with open(p, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()), repr(f.readline()))
with open(p, encoding="utf-8") as f:
    print(f.readlines(), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(5)))
with open(p, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__, f.mode)
with open(p, "wb") as f:
    print(f.write(b"\x00\x01bin\n"), f.write(bytearray(b"more")))
with open(p, "rb") as f:
    print(f.read(2), f.tell(), f.read(), list(open(p, "rb")))
with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
print(open(p).read().splitlines(), sum(1 for _ in open(p)))
with open(p, "x" if not os.path.exists(p + "2") else "w") if False else open(p + "2", "x") as f:
    f.write("exclusive")
print(open(p + "2").read())
for bad in [lambda: open(p + "2", "x"), lambda: open(os.path.join(d, "missing.txt")), lambda: open(p, "rw"),
            lambda: open(p, "wb").write("str"), lambda: open(p, "w").write(b"bytes"), lambda: open(p, "r", encoding="utf-8", newline="bad")]:
    try:
        print(bad())
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(d, "<dir>"))
f = open(p, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
