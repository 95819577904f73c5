# Bool list items read by typed native code (the interpreter saw only bools there) and tested
# by `if` without a type check; then other items (ints, None, strings, objects with __bool__)
# turn up at the same site and must be tested as Python does.


def count_true(flags):
    n = 0
    for i in range(len(flags)):
        f = flags[i]
        if f:
            n += 1
        g = f
        if not g:
            n += 100
    return n


bools = [i % 3 == 0 for i in range(50)]
total = 0
for _ in range(400):
    total += count_true(bools)
print(total)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 1


mixed = [True, 0, 5, None, "", "x", Truthy(1), Truthy(2), [], [0], False, 2.5]
print(count_true(mixed))
bools[7] = 7
print(count_true(bools))


def compare_then_test(xs):
    hits = 0
    for x in xs:
        big = x > 10
        small = x < 3
        if big:
            hits += 1
        if small:
            hits += 1000
    return hits


for _ in range(300):
    r = compare_then_test(list(range(20)))
print(r, compare_then_test([1.5, 30.0, 5]))
