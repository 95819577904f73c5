# glob (patterns, recursive **, hidden files, escape, root_dir) and shutil/filecmp over a
# temporary tree: copyfile/copy/copytree/move/rmtree, disk layout listings sorted.
import glob
import os
import shutil
import filecmp
import tempfile

root = tempfile.mkdtemp()
try:
    for rel in ["a.txt", "b.py", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", "[x].txt"]:
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel * 3)
    rel = lambda ps: sorted(os.path.relpath(p, root) for p in ps)
    print(rel(glob.glob(os.path.join(root, "*.txt"))))
    print(rel(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(root, "*", "*.txt"))))
    print(sorted(glob.glob("*.txt", root_dir=root)), sorted(glob.glob(".*", root_dir=root)))
    print(rel(glob.glob(os.path.join(root, glob.escape("[x].txt")))), glob.escape("a*b?[c]"))
    print(sorted(os.path.relpath(p, root) for p in glob.iglob(os.path.join(root, "s*"))))
    shutil.copyfile(os.path.join(root, "a.txt"), os.path.join(root, "a2.txt"))
    shutil.copy(os.path.join(root, "b.py"), os.path.join(root, "sub"))
    print(filecmp.cmp(os.path.join(root, "a.txt"), os.path.join(root, "a2.txt"), shallow=False))
    shutil.copytree(os.path.join(root, "sub"), os.path.join(root, "sub2"))
    dc = filecmp.dircmp(os.path.join(root, "sub"), os.path.join(root, "sub2"))
    print(sorted(dc.same_files), dc.left_only, dc.right_only, sorted(dc.common_dirs))
    shutil.move(os.path.join(root, "sub2"), os.path.join(root, "moved"))
    print(sorted(os.listdir(root)))
    shutil.rmtree(os.path.join(root, "moved"))
    print(sorted(os.listdir(root)), os.path.exists(os.path.join(root, "moved")))
    with open(os.path.join(root, "sub", "b.py")) as f:
        print(f.read())
    print(shutil.which("definitely-not-a-command-xyz"))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
