# `for x in range(...)` in compiled code (the call of range and the iterator made in one step):
# every argument form, big ints, a callee that is not the builtin range (another function, a
# class, range rebound as a global), and errors raised with the call's line.


def sums(n):
    total = 0
    for i in range(n):
        total += i
    for i in range(2, n):
        total += i
    for i in range(n, 0, -3):
        total -= i
    for i in range(5, 5):
        total += 1000
    return total


def big(n):
    out = []
    for i in range(2**70, 2**70 + n):
        out.append(i - 2**70)
    return out


def pairs(n):
    got = []
    for i, c in enumerate("abc" * n):
        got.append((i, c))
    return got[-2:]


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([self.n] * 2)


def through_class(n):
    total = 0
    for x in Counter(n):
        total += x
    return total


def bad(arg):
    for i in range(arg):
        pass
    return "no error"


for k in range(60):
    s = sums(k)
print(s, big(3), pairs(2), through_class(7))
for arg in [3, 2.5, "x", None]:
    try:
        print(bad(arg))
    except TypeError as e:
        print("TypeError:", e)
try:
    bad(0.5)
except TypeError as e:
    import sys
    print("line", sys.exc_info()[2].tb_next.tb_lineno)


def shadowed(n):
    total = 0
    for i in range(n):
        total += i
    return total


print([shadowed(4) for _ in range(50)][-1])
range = lambda n: [n, n]
print(shadowed(4))
del range
print(shadowed(4))
