# Helper: the end of import_pkgs.deep.a.b.c.
print("c runs as", __name__, "in package", __package__)
LEVEL = "c"
