# type() with one and three arguments, object() defaults: repr/str/eq/ne/hash/format/dir, __class__, __name__/__qualname__
T = type("T", (object,), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
t = T()
print(T.__name__, T.__qualname__, T.__bases__, t.x, t.hello(), type(t) is T, isinstance(t, T), T.__module__)
U = type("U", (T,), {})
print(U.__mro__ == (U, T, object), U().hello(), issubclass(U, T), type(U) is type, type(type) is type)
o = object()
print(o == o, o != object(), o.__eq__(1), o.__ne__(o), type(o.__hash__()).__name__, str(o) == repr(o), format(o, "") == str(o))
print(object.__name__, object.__bases__, type.__name__, int.__qualname__, str.__mro__, bool.__mro__)
class N:
    class Inner:
        def m(self):
            pass
print(N.Inner.__qualname__, N.Inner.m.__qualname__, N.Inner.__name__, N.__dict__["Inner"] is N.Inner)
print(t.__class__ is T, (1).__class__, "s".__class__.__name__, [].__class__.__name__, None.__class__, type(None).__name__)
print(type(...).__name__, type(NotImplemented).__name__, type(print).__name__, type(len).__name__, type([].append).__name__)
print(type(lambda: 0).__name__, type(T.hello).__name__, type(t.hello).__name__, type(iter([])).__name__, type(x for x in []).__name__)
for bad in [lambda: type("X", 1, {}), lambda: type("X", (), 1), lambda: type(1, (), {}), lambda: type("X", (), {}, 1),
            lambda: type(), lambda: type("a", "b"), lambda: object.__new__(1), lambda: T.nope]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class WithEq:
    def __eq__(self, other):
        return True
w = WithEq()
print(w == 1, w != 1, 1 == w, WithEq.__hash__ is None, object.__eq__(w, w), object.__eq__(w, 1))
