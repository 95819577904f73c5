"""ferropy's atexit: registered functions run when the program ends (`_run_exitfuncs`)."""

_funcs = []


def register(func, *args, **kwargs):
    _funcs.append((func, args, kwargs))
    return func


def unregister(func):
    _funcs[:] = [f for f in _funcs if f[0] != func]


def _clear():
    del _funcs[:]


def _ncallbacks():
    return len(_funcs)


def _run_exitfuncs():
    while _funcs:
        func, args, kwargs = _funcs.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import sys
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
