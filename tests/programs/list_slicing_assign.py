# list slicing: negative/extended steps, slice assignment growing and shrinking, deletion, copying, aliasing
a = list(range(10))
print(a[::3], a[-3:], a[:-7], a[8:2:-2], a[::-1][:3], a[100:], a[-100:2], a[5:5], a[3:1])
b = a[:]
b[2:5] = []
print(b, len(b))
b[1:1] = ['x', 'y']
print(b)
b[-2:] = range(3)
print(b)
b[::-3] = 'ABCD'[:len(b[::-3])]
print(b)
c = [1, 2, 3]
c[len(c):] = [4]
c[:0] = [0]
print(c, c[:] == c, c[:] is c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
del c[::-2]
print(c)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
s = [1, 2, 3, 4]
s[1:3] = s
print(s)
t = list('abcdef')
t[1:5:2] = t[4:0:-2]
print(t)
class L(list):
    pass
l = L([1, 2, 3])
print(type(l[:2]).__name__, type(l + [1]).__name__, l[::-1])
try:
    c[::2] = 5
except TypeError as e:
    print("TypeError:", e)
