# Helper: `from m import *` honours __all__.
__all__ = ["alpha", "beta", "_gamma"]
alpha = 1
beta = 2
_gamma = 3
delta = 4
