# bytes methods: construction forms, find/count/replace/split/strip/join, hex with sep, fromhex, decode errors
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'), bytes(bytearray(b'y')), bytes(range(3)))
for bad in [([256],), ([-1],), ('abc',), (1.5,), (-1,)]:
    try:
        bytes(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = b'hello world, hello'
print(b.find(b'lo'), b.rfind(b'lo'), b.find(111), b.count(b'l'), b.count(b'l', 5), b.index(b'w'))
print(b.replace(b'hello', b'bye'), b.replace(b'l', b'L', 2), b.split(), b.split(b', '), b.rsplit(b' ', 1))
print(b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'ab'.lstrip(b'a'), b'--'.join([b'a', b'b', bytearray(b'c')]))
print(b.startswith((b'x', b'he')), b.endswith(b'llo'), b.upper(), b.title(), b[1], b[-1:], b[::-2])
print(b'\x00\xff\x10'.hex(), b'\x00\xff\x10'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4))
print(bytes.fromhex('00 ff 10'), bytes.fromhex(''), bytearray.fromhex('41 42'))
for s in ['0g', '1', 'a b']:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print("ValueError:", e)
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'\xffa'.decode('ascii', 'ignore'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b'a' * 3, 3 * b'ab', b'ab' + b'cd', b'a' < b'b', b'ab' in b'cab', 98 in b'ab', list(b'hi'))
try:
    b'a' + 'b'
except TypeError as e:
    print("TypeError:", e)
try:
    'x' in b'x'
except TypeError as e:
    print("TypeError:", e)
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), repr(b'\t\n\r\x7f\x80'), b'%b' % b'z')
