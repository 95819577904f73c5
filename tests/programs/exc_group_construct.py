# ExceptionGroup / BaseExceptionGroup construction: class selection, attributes, repr/str and
# the constructor's argument errors.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(repr(eg), str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)

one = ExceptionGroup("one", (KeyError("k"),))
print(repr(one), str(one))

b = BaseExceptionGroup("plain", [ValueError(2)])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(3)])
print(type(b2).__name__, repr(b2), isinstance(b2, Exception))

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ZeroDivisionError("z")]), AttributeError("nf")])
print(repr(nested))
print(str(nested))
print(nested.exceptions[0].exceptions[0].args)


def attempt(make):
    try:
        r = make()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("x", []))
attempt(lambda: ExceptionGroup("x", [1, 2]))
attempt(lambda: ExceptionGroup("x", [ValueError(), "s"]))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("x", ValueError()))
attempt(lambda: ExceptionGroup("x"))
attempt(lambda: BaseExceptionGroup("x", [SystemExit(1)]))


class MyGroup(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError(5)])
print(type(g).__name__, repr(g), str(g), isinstance(g, ExceptionGroup))
attempt(lambda: MyGroup("bad", [GeneratorExit()]))


class MyBaseGroup(BaseExceptionGroup):
    pass


g2 = MyBaseGroup("b", [GeneratorExit()])
print(type(g2).__name__, repr(g2))
g3 = MyBaseGroup("b", [ValueError()])
print(type(g3).__name__, repr(g3))
