# Helper: `from .. import` a sibling module of the parent package.
from .. import util
from . import circle


def area(side):
    return side * side


def describe():
    return "square uses " + util.GREETING + " and " + circle.__name__
