# importlib finds the submodules ferropy does not replace (importlib.metadata) in CPython's folder.
import importlib.metadata as md
print(type(md.version).__name__, md.PackageNotFoundError.__name__)
try:
    md.version("surely-not-installed-pkg")
except md.PackageNotFoundError as e:
    print("not found", e)
import importlib.util
print(importlib.util.find_spec("json").name)
