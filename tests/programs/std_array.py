# array: construction for every typecode, range checks with CPython's OverflowError messages,
# append/extend/insert/pop/remove/index/count/reverse, tobytes/frombytes/byteswap, tolist/
# fromlist, unicode arrays, indexing and slicing (get, set, delete), comparisons, +, *, repr.
import array
from array import array as A

print(array.typecodes, A is array.ArrayType)
for tc in array.typecodes:
    a = A(tc, "xyz" if tc == "u" else [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a.tobytes()), a.tolist())
print(A("f", [0.1, 1e38]), A("d", [0.1]), A("b", b"ab"), A("i", A("b", [1, 2])), A("q"), A("B", bytearray(b"\x01\xff")))
for tc in "bBhHiIlLqQ":
    out = []
    for v in [2**70, -2**70, 2**64, -1, 2**63, 2**32, 2**31, 300, -300, 70000]:
        try:
            A(tc, [v])
            out.append("ok")
        except OverflowError as e:
            out.append(str(e))
    print(tc, out)
a = A("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A("i", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(99), 5 in a, 42 in a)
a.remove(5)
a.reverse()
print(a, a[0], a[-1], a[1:3], a[::2], a[::-1], len(a))
a[0] = -7
a[1:3] = A("i", [10, 11, 12])
a[::2] = A("i", [0] * len(a[::2]))
del a[1]
del a[::3]
print(a)
b = A("h", [1, 256, -2])
raw = b.tobytes()
b.byteswap()
print(raw, b, A("h", raw))
c = A("h")
c.frombytes(raw)
c.fromlist([5, 6])
print(c, c == A("h", [1, 256, -2, 5, 6]), c != c, A("i", [1, 2]) < A("i", [1, 3]), A("d", [1.0, 2.0]) == A("i", [1, 2]), A("i") == [])
print(A("i", [1]) + A("i", [2, 3]), A("i", [1, 2]) * 2, 3 * A("b", [7]), A("i", [1]) * 0)
d = A("i", [1])
d += A("i", [2])
d *= 2
print(d)
u = A("u", "hello")
u.fromunicode(" world")
print(u, u.tounicode(), u[1], u[1:3], A("u"))
for f in [lambda: a[50], lambda: A("i").pop(), lambda: a.remove(12345), lambda: a.index(12345), lambda: c.frombytes(b"abc"),
          lambda: a + [1], lambda: a + A("d"), lambda: A("z"), lambda: A("i", [1.5]), lambda: A("d", ["x"]), lambda: A("u", [1]),
          lambda: a.fromlist((1,)), lambda: A("i", "abc"), lambda: a.tounicode(), lambda: a.__setitem__(slice(0, 1), [1]),
          lambda: a.__setitem__(slice(0, 4, 2), A("i", [1, 2, 3]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
