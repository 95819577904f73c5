# methods that take no arguments reject them with CPython's message; descriptors check their receiver type
calls = [lambda: (5).bit_length(1), lambda: (5).bit_count(1), lambda: (5).as_integer_ratio(1), lambda: (1.5).is_integer(1),
         lambda: (1.5).as_integer_ratio(1), lambda: (1.5).hex(1), lambda: 'a'.isdigit(1), lambda: 'a'.isalpha(x=1),
         lambda: 'a'.isprintable(1), lambda: b'a'.upper(1), lambda: bytearray(b'a').isalnum(1), lambda: bytearray().reverse(1),
         lambda: [].copy(1), lambda: [].clear(1), lambda: [].reverse(1), lambda: {}.keys(1), lambda: {}.items(1),
         lambda: {}.values(1), lambda: {}.popitem(1), lambda: {}.copy(1), lambda: set().pop(1), lambda: set().clear(1),
         lambda: frozenset().copy(1), lambda: int.bit_length(1.5), lambda: int.conjugate('x'), lambda: float.is_integer(1),
         lambda: float.as_integer_ratio(2), lambda: input(1, 2), lambda: input(prompt='x')]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print((5).bit_length(), (1.5).is_integer(), 'ab'.isalpha(), b'AB'.isupper(), [1].copy(), set([1]).copy(), True.bit_length())
class I(int):
    pass
print(I(255).bit_length(), int.bit_length(I(8)), int.conjugate(True), float.is_integer(2.0))
