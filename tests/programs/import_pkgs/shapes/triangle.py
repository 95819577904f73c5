# Helper: a submodule imported only through `from shapes import *` (listed in __all__).
print("triangle module runs")
SIDES = 3
