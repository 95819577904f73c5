# `for` over `range` stepped in native code: steps up and down, empty ranges, ranges ending
# at the edges of the i64 range (the next item past the edge must end the loop, not wrap
# around), a loop variable holding a heap value before the loop, the same range iterator
# advanced by next() inside the loop, and other iterables reaching the same loop.
def collect(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out

cases = [(0, 10, 1), (10, 0, -3), (5, 5, 1), (0, 2**63 - 1, 2**62),
         (2**63 - 5, 2**63 - 1, 3), (-2**63 + 4, -2**63, -3), (2**63 - 2, 2**63 - 1, 1),
         (-10, 10, 7)]
for args in cases:
    for _ in range(3):
        print(args, collect(*args))

def shared(n):
    it = iter(range(n))
    out = []
    for i in it:
        out.append(i)
        if i % 3 == 0:
            out.append(next(it, None))
    return out

for _ in range(3):
    print(shared(10))

def heap_first(xs):
    i = "a string first"
    total = 0
    for i in range(xs):
        total += i
    return total, i

for _ in range(3):
    print(heap_first(5))

def any_iterable(it):
    total = 0
    for x in it:
        total += x
    return total

for it in [range(4), [1, 2, 3], (4, 5), range(10, 0, -2), {7: 1, 8: 2}]:
    print(any_iterable(it))

big = range(2**64, 2**64 + 3)
print(any_iterable(big) - 3 * 2**64)
