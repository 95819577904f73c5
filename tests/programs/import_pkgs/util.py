# Helper module for import_*.py programs.
print("util runs as", __name__)
GREETING = "hello"


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


_hidden = "private"
