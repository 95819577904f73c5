# Walrus in comprehensions binds in the enclosing function scope (or global at module level),
# comprehension iteration variables stay local, and class bodies can't see their own names
# from inside comprehensions (except the first iterable).
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 7]
print(big, y)
print(any((hit := v) > 7 for v in data), hit)
print(x if "x" in dir() else "x not leaked")


def f():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total


print(f())


def g():
    [last := n for n in range(3)]
    return last


print(g())


def nested():
    res = [[(inner := i * j) for j in range(3)] for i in range(2)]
    return res, inner


print(nested())


class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        shifted = [v + len(base) for v in range(2)]
    except NameError as e:
        shifted = str(e)


print(C.doubled, C.shifted)

# The walrus target in a comprehension inside a function that declares it global.
counter = 0


def bump_all(items):
    global counter
    return [counter := counter + i for i in items]


print(bump_all([1, 2, 3]), counter)

# Walrus in while and if, and inside a lambda default.
stream = iter([5, 6, 0, 7])
got = []
while (n := next(stream)) != 0:
    got.append(n)
print(got, n)
if (m := len(got)) > 1:
    print("m", m)
print((lambda v=(w := 10): v + w)())
print(w)

# Dict/set comprehensions and generator expressions with walrus.
print({k: (sq := k * k) for k in range(3)}, sq)
print(sorted({(s := c.upper()) for c in "abca"}), s)
