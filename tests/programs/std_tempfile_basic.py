# tempfile: TemporaryDirectory, NamedTemporaryFile, mkstemp, gettempdir.
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith(tempfile.gettempdir()))
    p = os.path.join(d, "x.txt")
    with open(p, "w") as f:
        f.write("data")
    print(os.listdir(d))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=True) as f:
    f.write("hello")
    f.flush()
    f.seek(0)
    print(f.read(), f.name.endswith(".log"), os.path.exists(f.name))
print(os.path.exists(f.name))
fd, path = tempfile.mkstemp(prefix="fp_")
os.write(fd, b"abc")
os.close(fd)
with open(path, "rb") as f:
    print(f.read(), os.path.basename(path).startswith("fp_"))
os.remove(path)
d2 = tempfile.mkdtemp()
print(os.path.isdir(d2))
os.rmdir(d2)
