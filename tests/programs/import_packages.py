# Packages: __init__ with relative imports, `from package import submodule`, `from .. import`,
# nested packages, namespace packages, and the attributes a package gets.
import import_pkgs.shapes as shapes
print(shapes.Circle(4).diameter(), shapes.square.area(3))
print(shapes.square.describe())
print(shapes.__name__, shapes.__package__, shapes.circle.__package__)
print(sorted(k for k in dir(shapes) if not k.startswith("__")))

from import_pkgs.shapes import circle, square
print(circle.Circle(1).diameter(), square.area(2))

from import_pkgs.rel import inner
print(inner.sibling.NAME, inner.SIBLING_NAME, inner.__package__)
import import_pkgs.rel
print(sorted(k for k in dir(import_pkgs.rel) if not k.startswith("__")))

from import_pkgs.ns_pkg.sub import mod
print(mod.WHERE, mod.__name__)
import import_pkgs.ns_pkg
print(import_pkgs.ns_pkg.__file__, len(import_pkgs.ns_pkg.__path__))

import sys
print([m for m in sorted(sys.modules) if m.startswith("import_pkgs.shapes")])
