"""ferropy's _weakref: single-threaded stand-ins for CPython's weak references.

ferropy has no weak references yet, so a `ref` holds a STRONG reference to its object: it
never dies, `ref()` always returns the object and callbacks never run. Code that only uses
weak references as caches or back-pointers (functools, typing, abc, weakref.WeakSet, ...)
behaves the same, but objects kept only through such a reference are not freed.
"""


class ReferenceType:
    __slots__ = ("_obj", "_callback", "__callback__")

    def __new__(cls, obj, callback=None):
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        return self

    def __init__(self, obj, callback=None):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj != other._obj
        return NotImplemented

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class ProxyType:
    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_ferropy_obj", obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_ferropy_obj"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_ferropy_obj"), name, value)

    def __repr__(self):
        o = object.__getattribute__(self, "_ferropy_obj")
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_ferropy_obj")(*args, **kwargs)


def proxy(obj, callback=None):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


def _remove_dead_weakref(d, key):
    try:
        del d[key]
    except KeyError:
        pass
