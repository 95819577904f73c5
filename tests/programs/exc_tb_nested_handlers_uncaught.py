# Uncaught exception three levels deep in handlers: each context chained in order, with the
# tracebacks of functions called from inside except and finally blocks.
def step1():
    raise KeyError("step1")


def step2():
    try:
        step1()
    except KeyError:
        helper()


def helper():
    try:
        [][1]
    finally:
        print("helper finally")


def step3():
    try:
        step2()
    except IndexError as e:
        print("step3 saw", repr(e), "context", repr(e.__context__))
        raise TypeError("step3 failed")


step3()
