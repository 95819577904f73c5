# Calls that the dispatch loop makes without the general call path: methods of builtin-typed
# receivers (cached per name and type), builtin functions, `range(...)`, iteration set-up; the
# same names on other types and on user classes must still find their own attributes.


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)

    def count(self, x):
        return -1


def count_all(objs, x):
    # One `count` site sees a list, a tuple, a str, a user class and bytes in turn.
    return [o.count(x) for o in objs]


print(count_all([[1, 2, 1], (1, 1, 1), Bag(), b"\x01\x01"], 1))
print(count_all(["abcabc", [3, "a"], ("a",)], "a"))

bag = Bag()
for target in ([], bag, []):
    for i in range(3):
        target.append(i)
    print(target if isinstance(target, list) else target.items)

# A method of a builtin type called through its class, with and without a receiver.
print(str.upper("abc"), list.__len__([1, 2]), dict.fromkeys("ab", 0))
try:
    str.upper()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)

# Builtin functions called in a loop, including ones that raise.
total = 0
for s in ["a", "bb", "ccc"]:
    total += len(s) + abs(-len(s)) + max(len(s), 2)
print(total)
for bad in (None, 3):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)

# range: positional forms, errors, and a global named range that shadows the builtin.
print(list(range(3)), list(range(2, 8, 3)), list(range(5, 0, -2)), range(10**20)[-1] > 0)
for args in ((), (1, 2, 3, 4), (1.5,), (1, 2, 0)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def shadowed():
    return [x for x in range(3)]


range = lambda n: ["shadow"] * n
print(shadowed())
del range
print(shadowed())

# Iterating over a list, a tuple and a range set up in the dispatch loop, and over others.
for it in ([1, 2], (3, 4), range(5, 7), "ab", {8: 0}, b"\x09"):
    print([v for v in it])
try:
    for v in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

# str methods in a loop (the cache entry is per name: split/join/strip on str, then on bytes).
words = []
for line in ["a b", " c d ", "e"]:
    words.extend(line.strip().split(" "))
print("-".join(words), b"-".join([w.encode() for w in words]), b" x ".strip())
