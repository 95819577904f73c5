# partition/rpartition, zfill with signs, center/ljust/rjust with fill chars, removeprefix/suffix, errors
for s in ['a=b=c', '=x', 'x=', 'nosep', '', '==']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
for bad in ['', 5]:
    try:
        'abc'.partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ['42', '-42', '+42', '', '-', 'abc', '3.14', '-0.5', '+']:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-1)))
print(repr('ab'.center(7, '*')), repr('ab'.center(6, '*')), repr('abc'.center(6, '*')), repr('abc'.center(2)))
print(repr('x'.ljust(4, '-')), repr('x'.rjust(4, '-')), repr('é'.center(5, 'ü')))
for bad in [('ab',), ('',), (5,)]:
    try:
        'x'.center(5, *bad)
    except TypeError as e:
        print("TypeError:", e)
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix(''), 'ab'.removesuffix('abc'))
print(b'-12'.zfill(5), b'ab'.center(6, b'.'), bytearray(b'ab').ljust(4, b'!'), b'a=b'.partition(b'='))
