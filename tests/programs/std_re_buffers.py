# re over bytes-like subjects and replacements: bytearray, memoryview, str and bytes subclasses
# (results are plain str/bytes), re.escape of non-ASCII bytes (str(b, 'latin1') underneath),
# ''.join of str subclasses, and anchored searches on a large subject.
import re

class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))

class B(bytes):
    pass

print(re.sub('y', S('a'), S('xyz')), type(re.sub('y', S('a'), S('xyz'))).__name__)
print(re.sub(b'y', B(b'a'), B(b'xyz')), re.sub(b'y', bytearray(b'a'), bytearray(b'xyz')))
print(re.sub(b'y', memoryview(b'a'), memoryview(b'xyz')))
print(re.findall(rb'\d+', memoryview(b'a12b345')), re.match(b'a+', bytearray(b'aab')))
print(re.split(b',', memoryview(b'1,2,3')), re.fullmatch(b'x*', memoryview(b'xx')).span())
print(re.sub(r'(\w)', S(r'<\1>'), 'ab'), ''.join([S('p'), 'q', S('r')]))
print(re.escape(b'\xb5\xff a.b'), str(b'\xb5\xe9', 'latin1') == '\xb5\xe9')
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'ab', encoding='ascii'))
s = 'x' * 1000000
print(re.search(r'^y', s), re.split(r'\Ay', s) == [s], re.sub('^y', '', s) == s)
print(len(re.findall(r'^x', s)), re.search(r'x$', s).span())
