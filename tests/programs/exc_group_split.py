# ExceptionGroup.split / subgroup / derive: matching by type, tuple and predicate, nesting,
# identity when everything matches, and the metadata copied onto the parts.
def leafs(e):
    if e is None:
        return None
    if isinstance(e, BaseExceptionGroup):
        return [e.message, [leafs(x) for x in e.exceptions]]
    return repr(e)


eg = ExceptionGroup(
    "top",
    [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)]), IndexError(5)],
)
m, r = eg.split(ValueError)
print(leafs(m))
print(leafs(r))
m, r = eg.split((KeyError, IndexError))
print(leafs(m), leafs(r))
m, r = eg.split(LookupError)
print(leafs(m), leafs(r))
print(eg.split(ZeroDivisionError)[0], leafs(eg.split(ZeroDivisionError)[1]))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup(ExceptionGroup) is eg)
print(leafs(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: False))
print(leafs(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))

seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eg.subgroup(int)
except TypeError as e:
    print("TypeError:", e)

# Metadata: cause, context, notes and traceback are copied to the derived parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__suppress_context__)
    print(m.__traceback__ is not None, r.__notes__ is not caught.__notes__, r.__notes__)


class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        obj = super().__new__(cls, message, excs)
        obj.tag = tag
        return obj

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")


t = Tagged("tagged", [ValueError(1), TypeError(2)], "T")
m, r = t.split(TypeError)
print(type(m).__name__, m.tag, leafs(m), type(r).__name__, r.tag, leafs(r))
print(repr(t), t.args)


class NoDerive(ExceptionGroup):
    pass


nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, type(r).__name__)
d = nd.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
