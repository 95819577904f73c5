# Helper: a nested package.
from .. import sibling
from ..sibling import NAME as SIBLING_NAME
