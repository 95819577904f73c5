# bytearray mutation: item/slice assignment, del, extend/append/insert/pop/remove, +=, *=, errors
ba = bytearray(b'hello')
ba[0] = 72
ba[1:3] = b'EY'
ba += b'!!'
print(ba, len(ba))
ba[::2] = b'abcd'
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.extend([1, 2]); ba.append(3); ba.insert(0, 90); ba.insert(-1, 89)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(1)
print(ba)
ba *= 2
print(ba, ba.count(2), ba.find(b'\x02'), ba.rindex(2))
ba[2:4] = []
ba[-1:] = bytearray(b'XYZ')
print(ba)
for op in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, b'a'), lambda: ba.remove(200),
           lambda: bytearray().pop(), lambda: ba.__setitem__(slice(None, None, 2), b'a'),
           lambda: ba.append('a'), lambda: ba.__getitem__(100)]:
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
c = bytearray(b'abc')
d = c.copy()
d[0] = 0
print(c, d, c == b'abc', bytes(c), c.decode(), c.upper(), type(c.upper()).__name__, c.reverse(), c)
print(bytearray(5), bytearray([1, 2]), bytearray('x', 'ascii'), repr(bytearray()), hash(bytes(c)) == hash(b'cba'))
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
c.clear()
print(c, len(c))
