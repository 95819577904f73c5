# Checks registers that only typed arithmetic writes (native code then guards that their old
# value is inline instead of releasing it): an int loop whose temporaries turn into big ints
# now and then (written by the interpreter after an overflow), a float temporary that
# becomes a string, and a comparison result register; every result must match the
# interpreter's.


def ints(n, k):
    total = 0
    for i in range(n):
        x = i * k[i % 7]
        y = x * 3
        z = y - x
        total = total + (z & 1023)
    return total


def floats(n):
    acc = 0.0
    vals = [0.5, 1.5, 2.5]
    for i in range(n):
        t = vals[i % 3] + vals[i % 3]
        u = t * 2.0 if not isinstance(t, str) else len(t) * 1.0
        acc = acc + u
        if i % 40 == 39:
            vals[1] = "s" if isinstance(vals[1], float) else 1.5
    return acc


def compares(n):
    hits = 0
    for i in range(n):
        c = i < 50
        if c:
            hits = hits + 1
        d = i * 1.5 > 60.0
        if d:
            hits = hits + 2
    return hits


k = [1, 1, 1, 1, 1, 1, 2**62 + 12345]
print(ints(300, k))
print(ints(300, [1, 2, 3, 4, 5, 6, 7]))
print(floats(300))
print(compares(200))
