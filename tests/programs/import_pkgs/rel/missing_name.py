# Helper: a relative import of a name the package lacks.
from .sibling import NOT_THERE
