"""ferropy's importlib.util: finding specs and making modules from them."""

import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, BuiltinImporter, PathFinder, SourceFileLoader

MAGIC_NUMBER = b"\xa7\r\r\n"


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        if spec is not None:
            return spec
        file = getattr(module, "__file__", None)
        if file is None:
            return ModuleSpec(fullname, BuiltinImporter, origin="built-in")
        return ModuleSpec(fullname, SourceFileLoader(fullname, file), origin=file,
                          is_package=hasattr(module, "__path__"))
    spec = BuiltinImporter.find_spec(fullname)
    if spec is not None:
        return spec
    path = None
    if "." in fullname:
        parent = __import__(fullname.rpartition(".")[0], fromlist=["__name__"])
        path = getattr(parent, "__path__", None)
        if path is None:
            return None
    return PathFinder.find_spec(fullname, path)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.origin is not None and spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, _, tail = path.rpartition("/")
    base = tail.rpartition(".")[0] if "." in tail else tail
    tag = sys.implementation.cache_tag
    return (head + "/" if head else "") + "__pycache__/" + base + "." + tag + ".pyc"


def source_from_cache(path):
    head, _, tail = path.rpartition("/")
    head = head.rpartition("/")[0]
    return (head + "/" if head else "") + tail.partition(".")[0] + ".py"


def source_hash(source_bytes):
    return hash(source_bytes).to_bytes(8, "little", signed=True)
