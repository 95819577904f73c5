# Helper package: relative imports in __init__.
from .circle import Circle
from . import square
__all__ = ["Circle", "square", "triangle"]
print("shapes package ready, __package__ =", __package__)
