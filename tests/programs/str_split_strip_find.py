# str split/rsplit with maxsplit and whitespace rules, strip family with chars, find/index/count bounds, replace count
s = '  a  b\tc\n d  '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(' '), s.split(' ', 2), s.rsplit(' ', 2))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 1), ''.split(), ''.split(','), 'abc'.split('abc'), 'x'.split(maxsplit=0))
print('a\u3000b\x1fc'.split(), '  '.split(' '), 'a--b--c'.split('--', -1), 'aaa'.split('a'))
try:
    'a'.split('')
except ValueError as e:
    print("ValueError:", e)
print(repr('xxhixx'.strip('x')), repr('  hi '.lstrip()), repr('hi\n\t '.rstrip()), repr('abcba'.strip('ab')), repr('\u2000x\u2000'.strip()))
print('hello'.find('l'), 'hello'.find('l', 3), 'hello'.find('l', -2), 'hello'.find('l', 1, 3), 'hello'.find(''), 'hello'.find('', 10))
print('hello'.rfind('l'), 'hello'.rfind('l', 0, 3), 'hello'.rfind(''), 'héllo'.find('l'), 'héllo'.index('o', -1))
print('banana'.count('a'), 'banana'.count('an', 2), 'banana'.count(''), 'banana'.count('a', -3, -1), 'aaaa'.count('aa'))
try:
    'hello'.index('z')
except ValueError as e:
    print("ValueError:", e)
try:
    'hello'.rindex('z', 2)
except ValueError as e:
    print("ValueError:", e)
print('aaa'.replace('a', 'b', 2), 'aaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('b', ''), 'a'.replace('a', 'a' * 3, -1))
print('hello'.startswith(('x', 'he')), 'hello'.startswith('l', 2), 'hello'.endswith(('lo', 'z'), 0, 5), 'hello'.endswith('l', 0, 4))
try:
    'x'.startswith(['x'])
except TypeError as e:
    print("TypeError:", e)
print(', '.join(['a', 'b']), ''.join([]), '-'.join('abc'), ' '.join(map(str, range(3))))
try:
    ','.join(['a', 1])
except TypeError as e:
    print("TypeError:", e)
