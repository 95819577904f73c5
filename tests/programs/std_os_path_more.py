# os.path and os: expandvars, splitdrive, samefile, getmtime, chmod/access, environ copy, listdir errors, walk topdown.
import os, os.path as op, stat
print(op.expandvars("$HOME/x") == os.environ["HOME"] + "/x", op.expandvars("$NOPE_ZZ/y"), op.splitdrive("/a/b"))
print(op.join("/a", "/b"), op.join("a", ""), op.normcase("A/B"), op.realpath("/") == "/", op.abspath("/a/../b"))
base = "/tmp/ferropy_ospath_%d" % os.getpid()
os.mkdir(base)
f = op.join(base, "file")
with open(f, "wb") as h:
    h.write(b"12345")
st = os.stat(f)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), op.getsize(f), op.samefile(f, base + "/./file"))
os.chmod(f, 0o400)
print(oct(stat.S_IMODE(os.stat(f).st_mode)), os.access(f, os.R_OK), op.getmtime(f) == os.stat(f).st_mtime)
os.chmod(f, 0o644)
try:
    os.listdir(op.join(base, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == op.join(base, "missing"))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
os.makedirs(op.join(base, "a", "b"), exist_ok=True)
os.makedirs(op.join(base, "a", "b"), exist_ok=True)
print([op.relpath(r, base) for r, _, _ in os.walk(base)], [op.relpath(r, base) for r, _, _ in os.walk(base, topdown=False)])
env = os.environ.copy()
print(type(env).__name__, "PATH" in env, os.pathsep, os.linesep == "\n", os.extsep)
os.remove(f)
os.rmdir(op.join(base, "a", "b")); os.rmdir(op.join(base, "a")); os.rmdir(base)
print(op.lexists(base), os.getppid() > 0, os.cpu_count() > 0, len(os.urandom(8)))
