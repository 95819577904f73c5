# bytes/bytearray: comparisons across both types, iteration yields ints, hashing, in, slicing types, repr quoting
a, b = b'abc', bytearray(b'abd')
print(a < b, a == bytearray(b'abc'), b > a, a <= a, b'' < b'\x00', b'ab' < b'abc', bytearray() == b'')
print(list(a), [x for x in b], a[0], a[-1], a[0:1], b[0], b[1:], type(b[1:]).__name__, a[::-1], b[:0])
print(97 in a, b'bc' in a, b'' in a, bytearray(b'c') in a, 300 in a if False else 'n/a')
try:
    300 in a
except ValueError as e:
    print("ValueError:", e)
print(hash(a) == hash(b'abc'), a + b, type(a + b).__name__, type(b + a).__name__, a * 2, b * 0, len(a))
print(bytes(reversed(a)), sorted(b'cab'), max(b'az'), sum(b'\x01\x02'), a.upper() + b.lower())
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(bytearray(b'\x00\n')), repr(bytes(range(250, 256))))
try:
    a < 'abc'
except TypeError as e:
    print("TypeError:", e)
print(a == 'abc', a != 'abc', b'1' == 1)
x = bytearray(b'xyz')
for i, v in enumerate(x):
    x[i] = v - 32
print(x, bytes(x).isupper(), x.startswith(b'XY'), x.endswith((b'Q', b'Z')))
