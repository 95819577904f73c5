# isinstance/issubclass with tuples, nested tuples and X | Y unions; union objects; errors
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(isinstance(True, (str, (float, int))), isinstance([], ()), issubclass(bool, int | float), issubclass(str, (int, (list, str))))
u = int | str
print(u, type(u).__name__, u.__args__, int | str == str | int, (int | str) | float, int | int, repr(int | None))
print(isinstance(3, (int | str, bytes)), issubclass(bool, (int | None,)))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A | C), issubclass(B, C | A), issubclass(A, B), isinstance(A, type), issubclass(type, object))
print(isinstance(A(), object), isinstance(int, type | None), issubclass(bool, bool), issubclass(B, (B,)))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: int | 1]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M), isinstance("magic", (int, M)))
print(type(1) is int, type(True).__mro__, bool.__bases__, int.__base__, object.__bases__, type.__base__)
