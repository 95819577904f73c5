"""ferropy's importlib.machinery: module specs and the suffix lists."""

import sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin not in (None, "built-in", "frozen")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __eq__(self, other):
        return (isinstance(other, ModuleSpec) and self.name == other.name
                and self.origin == other.origin)

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        return "ModuleSpec({})".format(", ".join(args))


class BuiltinImporter:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin="built-in")
        return None


class FrozenImporter(BuiltinImporter):
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        with open(self.path) as f:
            return f.read()

    def is_package(self, name=None):
        return self.path.rsplit("/", 1)[-1] == "__init__.py"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(compile(self.get_source(), self.path, "exec"), module.__dict__)


SourcelessFileLoader = SourceFileLoader
ExtensionFileLoader = SourceFileLoader


class NamespaceLoader:
    pass


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import posixpath
        import posix
        if path is None:
            path = sys.path
        tail = fullname.rpartition(".")[2]
        for entry in path:
            base = posixpath.join(entry or posix.getcwd(), tail)
            init = posixpath.join(base, "__init__.py")
            try:
                posix.stat(init)
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init,
                                  is_package=True)
                spec.submodule_search_locations = [base]
                return spec
            except OSError:
                pass
            try:
                posix.stat(base + ".py")
                return ModuleSpec(fullname, SourceFileLoader(fullname, base + ".py"),
                                  origin=base + ".py")
            except OSError:
                pass
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])
