# Checks: slice assignment (grow, shrink, extended slices), del of items and slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[0:0] = [100, 101]
print(a)
a[-2:] = []
print(a)
a[1:3] = "xyz"
print(a)
a[:] = [1, 2, 3, 4, 5, 6]
print(a)
a[::2] = [0, 0, 0]
print(a)
a[::-2] = ["p", "q", "r"]
print(a)
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[10] = 1
except IndexError as e:
    print("IndexError:", e)
