# Checks: tuple displays, single-element tuples, indexing, slicing, +, *, comparisons, count, index, unpacking.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:4], t[::-1], t[::2])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (9,), (0,) * 3, 2 * (1, 2))
print(t.count(2), t.count(7), t.index(3), t.index(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (3,) > (2, 9), (1, 2) == (1, 2), () < (0,))
print(2 in t, 7 not in t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], nested)
x = 1, 2, 3
print(x, type(x))
a, b, c = x
print(a, b, c)
(p, q), r = (10, 20), 30
print(p, q, r)
single = "only",
print(single, len(single))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
