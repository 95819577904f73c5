"""Helpers that ferropy's builtins call into, written in Python: `object.__reduce_ex__`
(the copy/pickle protocol, as CPython's `object.__reduce_ex__` and `copyreg` define it)."""


def _overrides_reduce(cls):
    for k in cls.__mro__:
        if k is object:
            return False
        if "__reduce__" in k.__dict__:
            return True
    return False


def reduce_ex(obj, protocol):
    import copyreg
    cls = type(obj)
    if _overrides_reduce(cls):
        return obj.__reduce__()
    if cls is range or cls is slice:
        # CPython's range.__reduce__ / slice.__reduce__.
        return (cls, (obj.start, obj.stop, obj.step))
    if protocol < 2:
        return copyreg._reduce_ex(obj, protocol)
    if isinstance(obj, (set, frozenset)):
        return (cls, (list(obj),), getattr(obj, "__dict__", None) or None)
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    else:
        args = ()
        for base in (bool, int, float, complex, str, bytes, tuple):
            if isinstance(obj, base):
                args = (base(obj),)
                break
    state = obj.__getstate__()
    if type(obj).__getstate__ is object.__getstate__:
        # CPython's object.__getstate__ adds the __slots__ values: (dict or None, slots).
        slots = {}
        for name in copyreg._slotnames(cls):
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)
