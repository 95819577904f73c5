# List indexing in compiled loops: ints and floats read in native code, and every case that
# must leave it (negative and out-of-range indices, heap items, a register that held a heap
# value, the list's own register, big-int and bool indices, lists changing size under the loop).
def run(xs, n):
    total = 0.0
    for i in range(n):
        total += xs[i % len(xs)] + xs[-1 - (i % len(xs))]
    return total


print(run([1.5, 2, -3.25, 4], 50), run([1, 2, 3], 40))


def mixed(xs):
    out = []
    for i in range(len(xs)):
        v = xs[i]
        out.append(v)
        v = xs[-i - 1]
        out.append(v)
    return out


print(mixed([1, "a", 2.5, None, True, (1, 2), [3], 10**30]))


def self_index(n):
    r = 0
    for i in range(n):
        x = [i, [i * 2], 7]
        x = x[1]
        x = x[0]
        r += x
    return r


print(self_index(30))


def bad(xs, k):
    try:
        return xs[k]
    except IndexError as e:
        return "IndexError: %s" % e
    except TypeError as e:
        return "TypeError: %s" % e


for k in [0, 3, -4, 4, -5, 10**20, True, 1.0, "x"]:
    print(k, bad([10, 20, 30, 40], k))


def shrinking(xs):
    seen = []
    i = 0
    while i < 10:
        seen.append(xs[i % 3] if len(xs) > 2 else xs[0])
        if i == 4:
            del xs[1:]
        i += 1
    return seen


print(shrinking([5, 6, 7]))
grid = [[float(r * c) for c in range(4)] for r in range(4)]
acc = 0.0
for r in range(4):
    row = grid[r]
    for c in range(4):
        acc += row[c] * grid[c][r]
print(acc)


# Stores into list items in compiled loops: inline over inline in native code; heap items,
# heap values, negative and out-of-range indices, and a list read while it is written.
def stores(n):
    xs = [0.0] * 4 + ["s", None, (1,)]
    for i in range(n):
        xs[i % 4] += 1.5
        xs[-(i % 3) - 1] = i
        xs[4] = str(xs[4]) + "!" if i % 2 else 7
    return xs


print(stores(9))


def store_bad(xs, k, v):
    try:
        xs[k] = v
        return xs
    except IndexError as e:
        return "IndexError: %s" % e
    except TypeError as e:
        return "TypeError: %s" % e


for k in [0, -1, 4, -5, 2**70, "k"]:
    print(k, store_bad([1, 2, 3, 4], k, 9.5))
acc = [0] * 5
for i in range(40):
    acc[i % 5] = acc[(i + 1) % 5] * 2 + i
print(acc)
