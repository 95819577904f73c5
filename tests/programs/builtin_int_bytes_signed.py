# int.to_bytes/from_bytes with signed, byteorder defaults, big values and their errors
for n in (0, 1, -1, 127, -128, 255, 256, -32768, 2**63, -(2**63), 10**30, -(10**30)):
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little", signed=True))
print((1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((5).to_bytes(), (200).to_bytes(1), int.from_bytes(b"\x01\x00"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "big", signed=True))
print((0).to_bytes(0, "big"), (-1).to_bytes(1, "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes(b"x", "middle"),
            lambda: int.from_bytes("abc", "big"), lambda: (1).to_bytes(1, 2),
            lambda: (-129).to_bytes(1, "little", signed=True)]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x00\x10", "big")
print(type(v).__name__, v)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
