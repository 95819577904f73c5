# the str is* family on ASCII, Unicode digits, numerics, spaces, printables, identifiers, empty strings
samples = ['', 'abc', 'ABC', 'abc123', '123', '١٢٣', '²', '½', 'Ⅻ', '一二', ' \t\n', '\x1c', '\xa0', 'a b',
           '_x1', '1x', 'é', 'Σ', '\x00', '\u200b', 'a\u0301', 'ǅ', '𝟘', '\u3000', 'def', 'None']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
         'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, n)() else '0' for n in names))
for b in [b'', b'abc', b'ABC', b'a1', b'12', b' \t\x0b', b'\x1c', b'\xe9', b'Ab Cd', b'aB']:
    print(b, b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
