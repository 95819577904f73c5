# pathlib: pure path operations, and files in a temporary folder.
from pathlib import Path, PurePosixPath
import os
p = PurePosixPath("/usr/lib/python3.11/json/__init__.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.anchor, p.is_absolute())
print(p.with_suffix(".pyc"), p.with_name("x.txt"), p.relative_to("/usr/lib"), PurePosixPath("a") / "b" / "c")
print(PurePosixPath("a/b.tar.gz").suffixes, PurePosixPath("a/./b/../c"), str(PurePosixPath("//x")), p.match("*.py"))
base = Path("/tmp") / ("ferropy_pathlib_%d" % os.getpid())
base.mkdir()
(base / "one.txt").write_text("first line\nsecond\n")
(base / "sub").mkdir()
(base / "sub" / "two.py").write_bytes(b"print(2)\n")
print((base / "one.txt").read_text().splitlines(), (base / "one.txt").exists(), (base / "nope").exists())
print(sorted(x.name for x in base.iterdir()), (base / "sub").is_dir(), (base / "one.txt").is_file())
print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.py")), (base / "one.txt").stat().st_size)
with (base / "one.txt").open() as f:
    print(f.readline().strip())
(base / "one.txt").rename(base / "uno.txt")
print(sorted(x.name for x in base.iterdir()))
(base / "uno.txt").unlink()
(base / "sub" / "two.py").unlink()
(base / "sub").rmdir()
base.rmdir()
print(base.exists(), Path("x/y").parent.name, Path.cwd() == Path(os.getcwd()))
