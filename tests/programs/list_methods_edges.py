# list methods: slice assignment with steps, sort stability with key/reverse, index with start/stop, errors
a = list(range(10))
a[::2] = "abcde"; print(a)
a[1::3] = [None] * 3; print(a)
a[::-3] = [0, 0, 0, 0]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3, 4, 5]
b[1:4] = []; print(b)
b[1:1] = range(3); print(b)
b[-1:] = "xy"; print(b)
b[10:] = [9]; print(b)
b[:0] = b; print(b)
del b[::2]; print(b)
del b[::-1]; print(b)
c = [5, 3, 8]
c[5:7] = [1]; print(c)
c[0:2] = c; print(c)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
x = [3, 1, 2, 3, 1, 3]
print(x.index(3), x.index(3, 1), x.index(3, -3), x.index(1, 2, 5), x.count(3), x.count(7))
for args in [(3, 1, 3), (9,), (1, 5, 2), (3, 10)]:
    try:
        print(x.index(*args))
    except ValueError as e:
        print("ValueError:", e)
y = [1, 2, 3]
y.insert(-10, 0); y.insert(100, 4); y.insert(-1, 3.5); print(y)
print(y.pop(), y.pop(0), y.pop(-2), y)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [3, "a"].sort(), lambda: [1].sort(key=1), lambda: [1].sort(1), lambda: [1, 2].insert(1)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
z = [1, 2]
z += "ab"; z *= 2; print(z, z * 0, [0] * -1, 2 * [1])
z.extend(range(2)); z.extend(iter([9])); z.reverse(); print(z, z.copy() == z, z.copy() is z)
n = [3, 1, 2]
n.sort(key=None, reverse=False); print(n, list.sort(n, reverse=True), n)
lst = [1, 2, 3]
def keyf(v):
    lst.append(v)
    return v
try:
    lst.sort(key=keyf)
except ValueError as e:
    print("ValueError:", e)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0], [[1]] == [[1]], [1, [2]] < [1, [3]])
