# Checks: finally runs on normal exit, on exceptions, on return/break/continue; return in finally overrides.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"
print(f3())
def f4():
    try:
        raise ValueError("boom")
    finally:
        print("f4 finally before propagation")
try:
    f4()
except ValueError as e:
    print("caught", e)
def f5():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("handled")
        return "from except"
    finally:
        print("outer finally")
print(f5())
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f6())
def f7():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(f7())
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
    finally:
        print("while finally", i)
