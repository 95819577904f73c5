# Helper: without __all__, `from m import *` binds the names not starting with "_".
one = 1
two = 2
_three = 3
__four__ = 4
