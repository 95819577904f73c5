# Inline constants (None, bools, ints, floats) are read straight from registers of their own:
# they must keep their values across yields, returns, loops, recursion, swaps and exceptions.
def gen():
    while True:
        x = yield 1
        if x is None:
            yield 2.5
        else:
            yield True


g = gen()
print([next(g), next(g), next(g), g.send(7), next(g), next(g)])


def consts(n):
    a = 5
    a += 1
    b, c = 1, 2
    b, c = c, b
    t = None
    for i in range(n):
        a = a + 1 - 1
        t = (i, 0, 0.5, None, False)
    return a, b, c, t, 1, -1, 2**62, -(2**63), 1e308, float("inf")


print(consts(3), consts(0))


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


print(deep(500), deep(1))


def returns_const(flag):
    if flag:
        return 42
    return 42.0


print([returns_const(i % 2) for i in range(4)])


def raises(k):
    try:
        return 10 // k
    except ZeroDivisionError:
        return -1
    finally:
        k = 3


print(raises(0), raises(2), raises(0))
x = 7
x = x * 3 - 1
print(x, 0 or 5, None is None, 3 < 4 < 5.0)
