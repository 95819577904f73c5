"""ferropy's importlib: `import_module`, `reload` and `invalidate_caches` over ferropy's own
import system (CPython's importlib drives CPython's internal `_imp` and `_frozen_importlib`,
which ferropy does not have). `importlib.util` and `importlib.machinery` hold the parts that
scripts and the standard library read."""

import sys



def _cpython_importlib():
    # CPython's own importlib folder, so that the submodules ferropy does not replace
    # (importlib.metadata, importlib.resources, ...) are found there.
    import _posix
    for entry in sys.path:
        if entry:
            try:
                _posix.stat(entry + "/importlib/__init__.py", True)
                return [entry + "/importlib"]
            except OSError:
                pass
    return []


__path__ = _cpython_importlib()


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    file = module.__dict__.get("__file__")
    if file is None:
        return module
    with open(file) as f:
        source = f.read()
    exec(compile(source, file, "exec"), module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    pass


def __getattr__(name):
    if name in ("util", "machinery", "abc"):
        return import_module("importlib." + name)
    raise AttributeError("module 'importlib' has no attribute '%s'" % name)
