# Star-unpacking in calls and displays, nested targets in for loops, dict-unpacking merges.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())


a, b = [1, 2], (3,)
c, d = {"x": 1}, {"y": 2}
print(f(*a, *b, **c, **d))
print(f(0, *a, 9, *b, z=0, **c))
print(f(*"hi", *range(2)), f(**{}), f(*[]))
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
print([*a, *b], (*a,), {*a, *b}, {**c, **d, "x": 9})
head, *_, tail = range(10)
print(head, tail)
[p, q], r = "ab", "c"
print(p, q, r)
x = y = z = 0
x += 1
print(x, y, z)
l = [1, 2]
l[0], l[1] = l[1], l[0]
print(l)
i, j = 0, 1
i, j = j, i + j
print(i, j)
m, n, o = 1, 2, 3
m, n, o = o, m, n
print(m, n, o)


def g(a, b, c=3, *, d=4):
    return a + b + c + d


args = (1, 2)
kwargs = {"d": 10}
print(g(*args, **kwargs), g(*args, c=0, **kwargs), g(1, *[2, 3]))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError:", e)
print(dict(**{"a": 1}, b=2), list(map(lambda *xs: sum(xs), [1, 2], [3, 4])))
