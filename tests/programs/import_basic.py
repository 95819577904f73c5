# Imports: `import m`, `import a.b.c`, `import m as n`, `from m import x, y as z`, a module runs
# once (sys.modules), __name__ / __file__ / __package__, and the __main__ guard.
import sys
import import_pkgs.util
print(import_pkgs.util.double(21), import_pkgs.TOP)
print("util" in dir(import_pkgs), sys.modules["import_pkgs.util"] is import_pkgs.util)

import import_pkgs.util as u
print(u is import_pkgs.util, u.__name__, u.__package__)
print(u.__file__.endswith("import_pkgs/util.py"), u.__file__.startswith("/"))
print(import_pkgs.__file__.endswith("import_pkgs/__init__.py"), import_pkgs.__package__)
print(import_pkgs.__path__[0].endswith("import_pkgs"), len(import_pkgs.__path__))

from import_pkgs.util import double, triple as t3, GREETING
print(double(5), t3(5), GREETING)

from import_pkgs import counter
from import_pkgs import counter as c2
import import_pkgs.counter
print(counter.bump(), c2.bump(), import_pkgs.counter.bump(), counter is c2)

import import_pkgs.deep.a.b.c
print(import_pkgs.deep.a.b.c.LEVEL, import_pkgs.deep.a.b.LEVEL)
import import_pkgs.deep.a.b.c as leaf
print(leaf.LEVEL, leaf.__name__, leaf.__package__)
import import_pkgs.deep.a.b as mid
print(mid.LEVEL, mid.__name__, mid.__package__)

import import_pkgs.mainguard as mg
print(mg.whoami(), __name__)

import math, import_pkgs.notpkg as np
print(np.VALUE, math.floor(2.5))

def later():
    import import_pkgs.util
    from import_pkgs.util import triple
    return triple(2), import_pkgs.util.GREETING
print(later())

sys.path.insert(0, "import_pkgs/extra")
import on_path
print(on_path.__name__, on_path.__file__.endswith("extra/on_path.py"))

mod = __import__("import_pkgs.util")
print(mod.__name__)
mod = __import__("import_pkgs.util", globals(), None, ["double"], 0)
print(mod.__name__)

if __name__ == "__main__":
    print("main guard: running as the main program")
