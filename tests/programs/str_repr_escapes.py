# repr() of str: quote choice, escapes for control chars, non-printable Unicode, surrogate-free astral chars
cases = ["plain", "it's", 'say "hi"', 'both \' and "', "tab\there", "nl\ncr\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad",
         "é ü ß", "\u200b\u2028\ufeff", "\U0001f600", "\U000e0001", "\u0378", "\\", "\ud7ff", "a\x85b", "\u3000", "ﾟ"]
for s in cases:
    print(repr(s), ascii(s), len(s))
print(repr(['a', "b'"]), repr({'k': '\n'}), repr(('\t',)), str(['\n']), f'{"x"!r}', '%r' % "'")
print('abc' * 2, 'ab' * 0, 'x' * -3, 'abc'[::-1], 'abcdef'[-2:], 'abcdef'[1:-1:2], 'abc'[5:], 'b' in 'abc', '' in '')
print('a' < 'b', 'Z' < 'a', 'é' > 'z', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', max('apple', 'Apple'), sorted(['b', 'A', 'a', 'B']))
for f in [lambda: 'abc'[3], lambda: 'abc'[str(1)], lambda: 'a' + 1, lambda: 'a' * 'b', lambda: 'a' < 1, lambda: 'abc'.__setitem__(0, 'x')]:
    try:
        f()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
