# int(s, base): prefixes with base 0 and explicit bases, underscores, whitespace, signs, error messages
cases = [('0x1f', 0), ('0o17', 0), ('0b101', 0), ('  42  ', 10), ('-0x10', 16), ('0X1F', 16),
         ('1_000_000', 10), ('0b_1010', 0), ('z', 36), ('Z', 36), ('+7', 8), ('10', 2),
         ('0', 0), ('00', 0), ('ff', 16), ('0xff', 16), ('1_0', 0), ('\t-12\n', 10)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [('08', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('12', 2), ('', 10),
       ('0b2', 0), ('abc', 10), ('1.5', 10), ('- 1', 10), ('0x_', 0), ('9', 8)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
for b in [1, 37, -1]:
    try:
        int('1', b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(b'ff', 16), int(bytearray(b' 12 ')), int('١٢٣'))
print(int('  0b1111  ', 0), int('0o777', 8), int('0b11', 2))
print(int(3.99), int(-3.99), int(1e20), int('-0'))
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
