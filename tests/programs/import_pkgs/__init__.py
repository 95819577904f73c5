# Helper package for the import_*.py test programs (no .expected: not a program).
print("import_pkgs/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
TOP = "top-level attribute"
