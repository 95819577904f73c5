# Star-unpacking in assignments (nested, in for targets), calls (several * and **), displays
# and the errors for wrong counts and duplicate keyword arguments.
a, *b, c = range(6)
print(a, b, c)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
*s, = "xyz"
print(s)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
[x, [y, *z]] = [0, (1, 2, 3)]
print(x, y, z)
d = {}
d["k"], *d["rest"] = [7, 8, 9]
print(d)

for src in ([1], [1, 2, 3, 4]):
    try:
        u, v, w = src
    except ValueError as e:
        print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    i, j = 5
except TypeError as e:
    print("TypeError:", e)


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(*range(2), x=1, *[9], **{"y": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

print([*range(3), *"ab", *{"k": 1}])
print((*[1], *[2, 3]))
print(sorted({*[1, 2], *(2, 3)}))
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print({"a": 0, **{"a": 1}})


class Pairs:
    def keys(self):
        return ["one", "two"]

    def __getitem__(self, k):
        return len(k)


print({**Pairs()}, show(**Pairs()))


class Seq:
    def __iter__(self):
        yield from (10, 20)


print([*Seq()], show(*Seq()))
head, *tail = Seq()
print(head, tail)
