"""ferropy's `types`: names for the interpreter's types, and the helpers of CPython's module
(new_class, prepare_class, resolve_bases, DynamicClassAttribute, coroutine, SimpleNamespace,
GenericAlias, MappingProxyType), written for ferropy. CPython's types.py probes descriptor
types that ferropy does not have as distinct types; those get placeholder classes here."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)


def _placeholder(name):
    cls = type(name, (), {})
    cls.__module__ = "builtins"
    return cls


WrapperDescriptorType = _placeholder("wrapper_descriptor")
MethodWrapperType = _placeholder("method-wrapper")
MethodDescriptorType = _placeholder("method_descriptor")
ClassMethodDescriptorType = _placeholder("classmethod_descriptor")
GetSetDescriptorType = _placeholder("getset_descriptor")
MemberDescriptorType = _placeholder("member_descriptor")
FrameType = _placeholder("frame")

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag, _cell_factory


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __reversed__(self):
        return reversed(self._m)

    def __ror__(self, other):
        return other | dict(self._m)

    def __contains__(self, key):
        return key in self._m

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __eq__(self, other):
        return self._m == other

    def __or__(self, other):
        return dict(self._m) | other

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __str__(self):
        return str(self._m)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


class GenericAlias:
    """`list[int]`: a class with type arguments."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if hasattr(a, "__typing_subst__") and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)
        self.__unpacked__ = False

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(self.__parameters__, items))
        return GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))

    def __or__(self, other):
        # As CPython: a types.UnionType with other types and aliases; typing objects
        # (TypeVar, ...) answer with their own __ror__.
        if not _unionable(other):
            return NotImplemented
        return _ferropy_union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _ferropy_union(other, self)

    def __repr__(self):
        def r(a):
            if a is Ellipsis:
                return "..."
            if isinstance(a, type) and not isinstance(a, GenericAlias):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return "%s.%s" % (a.__module__, a.__qualname__)
            if isinstance(a, tuple) and not a:
                return "()"
            return repr(a)
        args = ", ".join(r(a) for a in self.__args__) if self.__args__ else "()"
        return "%s[%s]" % (r(self.__origin__), args)


class UnionType:
    """`int | str`."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _ferropy_union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _ferropy_union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        self._check_plain("isinstance")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        self._check_plain("issubclass")
        return issubclass(cls, self.__args__)

    def _check_plain(self, name):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError(
                    "%s() argument 2 cannot be a parameterized generic" % name)

    def __repr__(self):
        def r(a):
            if a is type(None):
                return "None"
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return "%s.%s" % (a.__module__, a.__qualname__)
            return repr(a)
        return " | ".join(r(a) for a in self.__args__)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _ferropy_union(a, b):
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            y = type(None) if y is None else y
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """An attribute looked up on instances; on the class it raises AttributeError, so that
    the class's `__getattr__` is used (enum's `name` and `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Makes a generator function usable with `await` (its generators become awaitable)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if func.__class__ is FunctionType and getattr(func, "__code__", None).__class__ is CodeType:
        co = func.__code__
        if co.co_flags & 0x180:
            return func
        if co.co_flags & 0x20:
            # CPython sets CO_ITERABLE_COROUTINE on the function's own code object; ferropy's
            # __code__ is read-only, so a new function runs the flagged code.
            new = FunctionType(co.replace(co_flags=co.co_flags | 0x100), func.__globals__,
                               func.__name__, func.__defaults__, func.__closure__)
            new.__kwdefaults__ = func.__kwdefaults__
            new.__qualname__ = func.__qualname__
            new.__doc__ = func.__doc__
            new.__module__ = func.__module__
            new.__dict__.update(func.__dict__)
            return new

    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if (isinstance(coro, _collections_abc.Generator) and
                not isinstance(coro, _collections_abc.Coroutine)):
            return _AwaitableGenerator(coro)
        return coro

    return wrapped


class _AwaitableGenerator:
    """A generator-like object made awaitable by types.coroutine."""

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


__all__ = [n for n in globals() if n[:1] != "_"]
