# Checks: int bit_length/to_bytes/from_bytes, float as_integer_ratio/hex/fromhex/is_integer, round ndigits.
print((255).bit_length(), (-1024).bit_length(), (0).bit_length())
print((1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((0.75).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer())
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2), round(1250, -2))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
