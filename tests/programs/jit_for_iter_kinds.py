# One `for` loop sees lists first (so native code is compiled without the inline step of a
# `range` iterator), then ranges, tuples, strings and a generator: every kind still iterates.


def total(items):
    s = 0
    for x in items:
        s = s + x
    return s


data = [1, 2, 3, 4, 5]
acc = 0
for k in range(3000):
    acc += total(data)
print(acc)
print(total(range(10)), total(range(100, 0, -7)), total((4, 5, 6)))
print(total(x * x for x in range(5)))


def names(items):
    out = []
    for x in items:
        out.append(str(x))
    return "".join(out)


for k in range(2000):
    names(range(3))
print(names([7, 8]), names("abc"), names({1: 0, 2: 0}))
