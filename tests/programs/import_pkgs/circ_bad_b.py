# Helper: imports x from circ_bad_a before circ_bad_a defines it.
from import_pkgs.circ_bad_a import x
y = 2
