# getattr/setattr/delattr/hasattr with defaults and errors; callable; isinstance/issubclass with tuples
class C:
    cls = 'c'
    def m(self):
        return 1
    @property
    def prop(self):
        raise AttributeError('inner')
o = C()
setattr(o, 'x', 5)
print(getattr(o, 'x'), getattr(o, 'nope', 'dflt'), hasattr(o, 'x'), hasattr(o, 'prop'), getattr(o, 'prop', 'fallback'))
delattr(o, 'x')
print(hasattr(o, 'x'), getattr(C, 'cls'), getattr(o, 'm')())
for f in [lambda: getattr(o, 'nope'), lambda: delattr(o, 'nope'), lambda: getattr(o, 5), lambda: setattr(o, 1, 2),
          lambda: setattr(5, 'x', 1), lambda: getattr(o), lambda: hasattr(o, None), lambda: delattr(C, 'zz')]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(callable(len), callable(C), callable(o), callable(o.m), callable(5), callable(lambda: 0), callable(type))
print(isinstance(1, (str, (int, float))), isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)), issubclass(C, object))
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (1,)), lambda: isinstance(1, (int, [str]))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance('other', M), isinstance(3, ()), issubclass(int, ()))
print(type(1), type('a')(5), type(type), type(None).__name__, type(o) is C)
T = type('T', (C,), {'y': 2, 'm': lambda self: 'overridden'})
print(T.__name__, T().y, T().m(), T.__mro__[1].__name__, T.__bases__)
try:
    type('a', 'b')
except TypeError as e:
    print("TypeError:", e)
