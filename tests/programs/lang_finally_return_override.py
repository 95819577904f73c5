# finally/return interplay: return in finally overrides a return or swallows an exception,
# break/continue in finally, and the value returned by nested try blocks.
def f1():
    try:
        return "try"
    finally:
        return "finally"


def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def f3():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append(f"f{i}")
            if i == 3:
                break
    return out


def f4():
    x = 1
    try:
        return x
    finally:
        x = 2


def f5():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")


def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


def f7():
    try:
        try:
            1 / 0
        finally:
            return "inner finally"
    except ZeroDivisionError:
        return "never"


def f8():
    while True:
        try:
            raise RuntimeError
        finally:
            break
    return "broke out"


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, f())
g = gen()
print(next(g))
g.close()
print(list(gen()))
import sys
print(sys.exc_info())
