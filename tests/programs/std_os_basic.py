# os and os.path: path operations, environ, files and directories in a temporary folder.
import os, os.path
print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.py"), os.path.splitext("f.tar.gz"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.normpath("/a/./b/../c//d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/ab/c", "/ab/d"]), os.sep, os.curdir, os.pardir)
print(os.path.relpath("/a/b/c", "/a"), os.path.expanduser("~") == os.environ.get("HOME"), os.name)
os.environ["FERRO_TEST"] = "1"
print(os.environ["FERRO_TEST"], os.getenv("FERRO_TEST"), "FERRO_TEST" in os.environ, os.getenv("NOPE_X", "dflt"))
del os.environ["FERRO_TEST"]
print(os.getenv("FERRO_TEST"))
base = "/tmp/ferropy_std_os_%d" % os.getpid()
os.makedirs(os.path.join(base, "sub", "deep"))
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(base)), os.path.isdir(os.path.join(base, "sub")), os.path.isfile(os.path.join(base, "f.txt")))
print(os.path.getsize(os.path.join(base, "f.txt")), os.stat(os.path.join(base, "f.txt")).st_size, os.path.exists(base + "/nope"))
os.rename(os.path.join(base, "f.txt"), os.path.join(base, "g.txt"))
walked = [(os.path.relpath(r, base), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(base)]
print(walked)
try:
    os.remove(os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
os.remove(os.path.join(base, "g.txt"))
os.removedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(base), os.getcwd() == os.path.abspath("."), type(os.getpid()).__name__)
print(os.fspath("p"), sorted(e.name for e in os.scandir("/")) == sorted(os.listdir("/")))
