# A relative import in the main script: it has no parent package.
print(__name__)
try:
    from . import anything
except ImportError as e:
    print("ImportError:", e)
from .sibling import thing
