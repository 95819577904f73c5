# Checks: list displays, indexing, slicing, +, *, in, comparisons, nested lists, aliasing.
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[-1], a[-2])
print(a[1:3], a[:2], a[3:], a[::-1], a[::2], a[-3:-1], a[10:], a[4:1:-1])
print(a + [6, 7], [0] * 3, 2 * [1, 2], [] + [], [[]] * 2)
print(3 in a, 9 in a, 9 not in a)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 100], [] < [0])
b = a
b[0] = 100
print(a, b is a)
c = a[:]
c[1] = 200
print(a, c)
nested = [[1, 2], [3, [4, 5]], []]
print(nested, nested[1][1][0], len(nested[2]))
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
mixed = [1, "two", 3.0, None, True, [5]]
print(mixed, repr(mixed))
print(list(range(5)), list("hey"), list((1, 2)), list())
print(max([3, 1, 4]), min([3, 1, 4]), sum([3, 1, 4]), sorted([3, 1, 4]))
total = 0
for x in a:
    total += x
print("total", total)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
