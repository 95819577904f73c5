# Speculation on type feedback in compiled loops, and every way it can fail midway: list items
# that were all floats (or ints) turn into other kinds, a subscript that only saw lists gets a
# tuple, a dict or a string, an index turns into a slice or a bool, a list is replaced while
# the loop runs, items are written while the list is borrowed, and comparisons that only saw
# ints or floats get mixed types.


def total(xs, n):
    t = 0.0
    for i in range(n):
        t = t + xs[i % 4] * 2.0
    return t


floats = [1.5, 2.5, 3.5, 4.5]
for _ in range(5):
    print(total(floats, 20))
floats[2] = 7  # an int among the floats
print(total(floats, 20))
floats[1] = "x"
try:
    print(total(floats, 20))
except TypeError as e:
    print("TypeError:", e)


def ints(xs, n):
    s = 0
    for i in range(n):
        s = s + xs[i % 3] + xs[0]
    return s


for _ in range(4):
    print(ints([1, 2, 3], 10))
print(ints([1, 2.5, 3], 10))
print(ints([2**62, 2**62, 2**62], 3))  # overflows into a big int
print(ints([[1], [2], [3]], 2) if False else ints([True, False, True], 5))


def pick(seq, n):
    out = []
    for i in range(n):
        out.append(seq[i % 2])
    return out


for _ in range(4):
    print(pick([10, 20], 4))
print(pick((1, 2), 4))
print(pick({0: "a", 1: "b"}, 3))
print(pick("xy", 3))


def index_kinds(xs, keys):
    out = []
    for k in keys:
        out.append(xs[k])
    return out


for _ in range(4):
    print(index_kinds([5, 6, 7], [0, 1, 2, -1]))
print(index_kinds([5, 6, 7], [0, True, slice(1, 3), -3]))
try:
    print(index_kinds([5, 6, 7], [0, 3]))
except IndexError as e:
    print("IndexError:", e)


def store(xs, n):
    for i in range(n):
        xs[i % 3] = xs[(i + 1) % 3] + 1.0
    return xs


for _ in range(4):
    print(store([0.0, 1.0, 2.0], 7))
print(store([0.0, 5, 2.0], 4))
print(store([[0], 1.0, 2.0], 2))


def replace_midway(n):
    xs = [1.0, 2.0]
    t = 0.0
    for i in range(n):
        t = t + xs[0]
        if i == 5:
            xs = (3.0, 4.0)
        if i == 8:
            xs = [5, 6]
    return t


for _ in range(3):
    print(replace_midway(12))


def sort_key(v):
    # Runs while list.sort holds the list: reading the list in a compiled loop is fine,
    # writing it must not happen natively.
    s = 0.0
    for i in range(3):
        s = s + data[i]
    return v


data = [3.0, 1.0, 2.0]
for _ in range(3):
    print(sorted(data, key=sort_key))


def compare(xs):
    c = 0
    for x in xs:
        if x < 3:
            c = c + 1
    return c


for _ in range(4):
    print(compare([1, 2, 3, 4, 5]))
print(compare([1.5, 2.5, 3.5]))
print(compare([1, 2.5, True, 10**20]))
try:
    print(compare([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
