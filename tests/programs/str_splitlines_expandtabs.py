# str.splitlines on every line boundary (with keepends), bytes.splitlines, str.expandtabs widths
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(keepends=True))
print(s.splitlines(True) == s.splitlines(keepends=1))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\n'.splitlines(), '\r\r\n'.splitlines(True))
print(b'a\nb\rc\r\nd\x0be\x0cf\x1cg'.splitlines(), b'x\r\ny\n'.splitlines(True))
print(s.split('\n'), 'a\x85b'.split(), 'a\u2028b'.split())
for t in ['a\tb', '\t', 'abc\tdef\tg', '12345678\tx', 'a\tb\nab\tc\rabc\td', '']:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)), repr(t.expandtabs(-3)))
print(repr('a\tb'.expandtabs(tabsize=3)), repr(b'a\tbc\td'.expandtabs(3)))
