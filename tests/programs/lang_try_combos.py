# try/except/else/finally in every combination; return/break/continue inside finally.
def f1(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError(x)
    except ValueError as e:
        out.append("except " + str(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


print(f1(0), f1("boom"))


def f2():
    try:
        return "from try"
    finally:
        print("finally before return")


print(f2())


def f3():
    try:
        return "try"
    finally:
        return "finally wins"


print(f3())


def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i


print(f4())


def f5():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                break
    return "broke out, exception discarded"


print(f5())


def f6():
    while True:
        try:
            raise KeyError
        finally:
            return "returned from finally"


print(f6())


def f7():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("no else")


f7()


def f8(n):
    try:
        pass
    except Exception:
        pass
    else:
        return "else " + str(n)
    finally:
        print("f8 finally")


print(f8(1))


def f9():
    log = []
    for i in range(3):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
            finally:
                log.append(("inner", i))
        except IndexError:
            log.append(("caught", i))
            continue
        log.append(("after", i))
    return log


print(f9())
x = 0
try:
    x = 1
except:
    x = 2
else:
    x += 10
print(x)
try:
    try:
        raise ValueError
    except:
        print("bare except")
        raise
except ValueError:
    print("propagated")
