#!/usr/bin/env python3
"""Generate the import benchmark: a script that imports N generated modules.

Usage:
    python3 benches/imports/gen.py OUT_DIR [N]      (N defaults to 30)

Writes OUT_DIR/main.py and OUT_DIR/mods/__init__.py plus OUT_DIR/mods/mod00.py ..
mod{N-1}.py. Each module has module-level constants, a dozen functions with loops,
comprehensions, try/except and closures, and two classes, about 300 lines, so that
parsing and compiling it costs about what a real module of that size costs. main.py
imports every module, calls into each and prints one checksum line, the same under
CPython and ferropy. The output is deterministic (no randomness, no hashing).
"""

import os
import sys

FUNCTION = '''
def func_{m}_{i}(n, scale={i}, *extra, **options):
    """Function {i} of module {m}."""
    total = 0
    items = [k * scale + {i} for k in range(n) if k % 3 != {r}]
    lookup = {{k: v for k, v in zip(range(len(items)), items)}}
    for idx, value in enumerate(items):
        if value % 2 == 0:
            total += value // (idx + 1)
        elif value % 5 == 1:
            total -= lookup.get(idx, 0) % 7
        else:
            try:
                total += {i} // (value % 4)
            except ZeroDivisionError:
                total += 1
    def inner(x, y=total):
        return x * y + len(extra) + len(options)
    return inner(3) % 1000003
'''

CLASS = '''
class Shape{m}_{i}:
    """A class with a few methods, {m}/{i}."""
    sides = {i}
    names = ("alpha", "beta", "gamma", "delta", "epsilon")

    def __init__(self, w, h=2):
        self.w = w
        self.h = h
        self.tags = [name.upper() for name in self.names if len(name) > {i}]

    def area(self):
        return self.w * self.h + self.sides

    def describe(self):
        parts = []
        for t in self.tags:
            parts.append(t.lower() + ":" + str(self.area()))
        return ",".join(parts)

    def scaled(self, k):
        return Shape{m}_{i}(self.w * k, self.h * k)
'''


def module_source(m):
    out = ['"""Generated module %d of the import benchmark."""' % m, ""]
    out.append("CONSTANTS = (%s)" % ", ".join(str(m * 100 + k) for k in range(20)))
    out.append("WORDS = %r" % ["w%d_%d" % (m, k) for k in range(15)])
    out.append("BIG = %d" % (10 ** 30 + m))
    for i in range(12):
        out.append(FUNCTION.format(m=m, i=i, r=i % 3))
    for i in range(2):
        out.append(CLASS.format(m=m, i=i))
    out.append("")
    out.append("def entry():")
    calls = " + ".join("func_%d_%d(%d)" % (m, i, 10 + i) for i in range(12))
    out.append("    s = Shape%d_0(3).scaled(2)" % m)
    out.append("    return (%s + s.area() + len(s.describe()) + sum(CONSTANTS)) %% 1000003" % calls)
    return "\n".join(out) + "\n"


MAIN = '''"""Imports every generated module and prints a checksum of calling into each."""
{imports}

total = 0
for m in ({names},):
    total = (total * 31 + m.entry()) % 1000000007
print("checksum:", total)
'''


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    out_dir = argv[0]
    n = int(argv[1]) if len(argv) > 1 else 30
    mods = os.path.join(out_dir, "mods")
    os.makedirs(mods, exist_ok=True)
    with open(os.path.join(mods, "__init__.py"), "w") as f:
        f.write('"""The generated modules of the import benchmark."""\n')
    for m in range(n):
        with open(os.path.join(mods, "mod%02d.py" % m), "w") as f:
            f.write(module_source(m))
    names = ["mod%02d" % m for m in range(n)]
    with open(os.path.join(out_dir, "main.py"), "w") as f:
        f.write(MAIN.format(
            imports="\n".join("from mods import %s" % name for name in names),
            names=", ".join(names),
        ))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
