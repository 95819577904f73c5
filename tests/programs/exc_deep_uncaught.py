# Checks: an exception raised three calls deep propagates to the top, finally blocks on the way still run.
def c(x):
    print("in c", x)
    if x > 2:
        raise RuntimeError("too deep at " + str(x))
    return x
def b(x):
    try:
        return c(x + 1)
    finally:
        print("b finally")
def a(x):
    print("in a", x)
    return b(x + 1)
print(a(0))
print(a(1))
print("never printed")
