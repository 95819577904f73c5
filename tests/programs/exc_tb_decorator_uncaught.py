# Uncaught exception from a decorator: the traceback points at the decorator's own line.
def trace(f):
    print("trace", f.__name__)
    return f


def check_doc(f):
    if f.__doc__ is None:
        raise TypeError(f"{f.__name__} needs a docstring")
    return f


@trace
@check_doc
def documented():
    """Has one."""
    return 1


print(documented())


@trace
@check_doc
def undocumented():
    return 2
