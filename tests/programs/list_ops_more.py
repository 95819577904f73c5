# list operations: repetition aliasing, nested copies, in-place ops returning self, del, slicing copies, comparisons
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, [[0] * 2 for _ in range(2)])
a = [1, 2]
b = a
a += [3]
a *= 2
print(a is b, b, a + [4] is not a)
c = a[:]
c.append(9)
print(a, c, a == c[:-1], a[::-1], a[-2:], a[:-10], a[5:1])
del a[0]; del a[-1:]; del a[:1]
print(a)
d = [3, 1, 2]
print(d.sort(), d, sorted(d, reverse=True), d.reverse(), d, d.append(0), d.extend([]), d.clear(), d)
e = [1, [2, 3]]
f = e.copy()
f[1].append(4)
print(e, f, e == f, e is not f)
print([1, 2] * 0, [] * 5, [None] * 3, [1, 2, 3][1:2], list(range(3)) == [0, 1, 2], [1] + [], len([[]]))
x = [1, 2, 3, 4, 5]
x[1:4] = x[1:4][::-1]
print(x, x.index(4), x[x.index(4):], [v * 2 for v in x if v % 2], list(map(lambda v: -v, x)))
try:
    x + (1,)
except TypeError as ex:
    print("TypeError:", ex)
try:
    x.remove(99)
except ValueError as ex:
    print("ValueError:", ex)
y = []
y.append(y)
print(y, repr([[], [y]])[:20], y == y, len(y))
z = list("abc")
z[1:1] = "XY"
z[len(z):] = ["end"]
print(z, z.count("X"), list(reversed(z))[:2], [*z[:2], *"q"], [i for i, _ in enumerate(z)])
