# except*: what is raised when clauses raise new exceptions, re-raise with a bare raise, or
# leave parts unhandled; the structure and chaining of the result.
def show(e, indent=""):
    if isinstance(e, BaseExceptionGroup):
        print(f"{indent}{type(e).__name__}({e.message!r}) ctx={type(e.__context__).__name__}")
        for x in e.exceptions:
            show(x, indent + "  ")
    else:
        print(f"{indent}{e!r} ctx={e.__context__!r}")


def case(label, body):
    print("==", label)
    try:
        body()
    except BaseException as e:
        show(e)
    else:
        print("nothing raised")


def new_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])])
    except* ValueError:
        raise


def both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), IndexError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("from handler")


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


def naked_bare():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise OSError("io") from e


def raise_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("inner", [ZeroDivisionError()])


def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass


case("new in handler", new_in_handler)
case("bare reraise", bare_reraise)
case("both", both)
case("two new", two_new)
case("naked new", naked_new)
case("naked bare", naked_bare)
case("raise from", raise_from)
case("raise group", raise_group)
case("handled all", handled_all)


# Nested except* statements.
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        print("outer got", repr(e))
    except* KeyError as e:
        print("outer got", repr(e))


nested()

# Errors from the clause's type expression.
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int):
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
