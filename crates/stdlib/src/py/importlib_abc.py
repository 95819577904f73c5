"""ferropy's importlib.abc: the abstract loader and finder classes."""

import abc


class Loader(metaclass=abc.ABCMeta):
    def create_module(self, spec):
        return None


class Finder(metaclass=abc.ABCMeta):
    pass


class MetaPathFinder(metaclass=abc.ABCMeta):
    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    pass


class InspectLoader(Loader):
    pass


class ExecutionLoader(InspectLoader):
    pass


class FileLoader(ResourceLoader, ExecutionLoader):
    pass


class SourceLoader(ResourceLoader, ExecutionLoader):
    pass
