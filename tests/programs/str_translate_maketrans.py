# str.maketrans (dict, two strings, three strings) and str.translate with None/str/int values and errors
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t = str.maketrans('ab', 'AB', 'c')
print(sorted(t.items()), 'abcabc'.translate(t))
t = str.maketrans({'a': '1', 98: None, 'c': 'long', 'é': 101})
print(sorted(t.items()), 'abcdé'.translate(t))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), ''.translate({1: 2}))
class Table:
    def __getitem__(self, k):
        if k == ord('e'):
            return '3'
        raise LookupError(k)
print('hello'.translate(Table()))
print('abc'.translate(['A', 'B', 'C'] * 40))
for args in [('ab', 'x'), (1,), ({'ab': 1},), ({1.5: 'a'},), ('a', 'b', 1)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}]:
    try:
        'a'.translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('a'.translate({97: 0x10FFFF}) == '\U0010ffff')
print(bytes.maketrans(b'ab', b'AB'))
print(b'abcabc'.translate(bytes.maketrans(b'ab', b'AB'), b'c'), b'xyz'.translate(None, b'y'))
