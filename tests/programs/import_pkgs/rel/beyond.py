# Helper: a relative import going above the top-level package.
from .... import nothing
