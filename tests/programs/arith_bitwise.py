# Checks: bitwise & | ^ ~ << >> on positive and negative ints, hex().
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64)
print(1024 >> 3, -1024 >> 3, -1 >> 5, 5 >> 10, -5 >> 10)
print(255 & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(hex(255), hex(-255), hex(0), hex(4096))
x = 0
for bit in [0, 3, 5, 8]:
    x |= 1 << bit
print(x, hex(x))
count = 0
y = x
while y:
    count += y & 1
    y >>= 1
print("bits set:", count)
print(True & False, True | False, True ^ True)
print(6 & 3 | 8, 6 ^ 3 & 1, 1 + 2 << 3)
