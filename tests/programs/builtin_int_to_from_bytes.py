# int.to_bytes / int.from_bytes: byteorder, signed, defaults, overflow errors, bytearray and iterable input
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((255).to_bytes(), (0).to_bytes(0, 'big'))
print((2**64).to_bytes(9, 'big'))
for args, kw in [((256, 1, 'big'), {}), ((-1, 1, 'big'), {}), ((128, 1, 'big'), {'signed': True}),
                 ((1, 1, 'middle'), {}), ((1, -1, 'big'), {})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'big', signed=True))
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(int.from_bytes(b'\x2a'))
class B(int):
    pass
r = B.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
try:
    int.from_bytes('abc', 'big')
except TypeError as e:
    print("TypeError:", e)
try:
    int.from_bytes(b'a', 'sideways')
except ValueError as e:
    print("ValueError:", e)
for n in [0, 1, -1, 127, -128, 128, -129, 2**100, -(2**100)]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, 'little', signed=True)
    assert int.from_bytes(b, 'little', signed=True) == n
    print(n, b.hex())
