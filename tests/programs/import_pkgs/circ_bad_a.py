# Helper: circular `from` import of a name not yet defined.
from import_pkgs.circ_bad_b import y
x = 1
