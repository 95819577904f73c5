# Checks: tuple unpacking, swaps, nested unpacking, chained assignment, unpacking from lists/strings, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 7
print(x, y, z)
l1 = l2 = []
l1.append(1)
print(l2, l1 is l2)
(p, q), r = (1, 2), 3
print(p, q, r)
m, (n, (o, s)) = "m", ["n", ("o", "s")]
print(m, n, o, s)
c1, c2, c3 = "xyz"
print(c1, c2, c3)
i, j = [10, 20]
print(i + j)
first, second = range(2)
print(first, second)
k, v = list({"key": "value"}.items())[0]
print(k, v)
a = b = c = "shared"
print(a, b, c)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, "set"
print(idx, lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
arr = [1, 2, 3]
arr[0], arr[2] = arr[2], arr[0]
print(arr)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
