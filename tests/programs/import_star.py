# `from m import *`: __all__ (including private names it lists), no __all__ (names without a
# leading underscore), and a package whose __all__ names a submodule not yet imported.
from import_pkgs.star_all import *
print(alpha, beta, _gamma)
try:
    print(delta)
except NameError as e:
    print("NameError:", e)

from import_pkgs.star_noall import *
print(one, two)
for name in ["_three", "__four__"]:
    print(name, name in globals())

from import_pkgs.shapes import *
print(Circle(2).diameter(), square.area(4), triangle.SIDES)
