"""ferropy's _contextvars: one thread, so one current context (a mapping of variables)."""

_MISSING = object()


class Context:
    def __init__(self):
        self._vars = {}

    def run(self, callable, *args, **kwargs):
        global _current
        saved = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved

    def copy(self):
        c = Context()
        c._vars = dict(self._vars)
        return c

    def __getitem__(self, var):
        return self._vars[var]

    def __contains__(self, var):
        return var in self._vars

    def __iter__(self):
        return iter(self._vars)

    def __len__(self):
        return len(self._vars)

    def get(self, var, default=None):
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    MISSING = _MISSING

    def __init__(self, var, old_value):
        self.var = var
        self.old_value = old_value
        self._used = False

    def __repr__(self):
        return "<Token var=%r at %#x>" % (self.var, id(self))


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        self.name = name
        self._default = default

    def get(self, *args):
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        old = _current._vars.get(self, _MISSING)
        _current._vars[self] = value
        return Token(self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError("%r has already been used once" % token)
        if token.var is not self:
            raise ValueError("%r was created by a different ContextVar" % token)
        token._used = True
        if token.old_value is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token.old_value

    def __hash__(self):
        return id(self)

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return "<ContextVar name=%r at %#x>" % (self.name, id(self))
