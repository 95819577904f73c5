# int bitwise and shift corners (negative numbers, big shifts, errors), bool arithmetic and
# its result types, int/float mixed comparisons at the edges, and operator precedence.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 65 + 1), (-(2 ** 70), 3)]:
    print(a & b, a | b, a ^ b, ~a, a >> 3, a << 3, -a >> 1)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, 5 >> 64, -5 >> 64, 0 << 1000, (2 ** 64) >> 1)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 << 1, lambda: 1 & 1.0, lambda: ~1.5, lambda: "a" | 1]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(True + True, True * 3, True / 2, True // 2, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True == 1, False == 0.0, True is 1 == False, 1 < True + 1, sum([True] * 5), True ** 10, False ** 0, divmod(True, 2))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"))
print(1 + 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, 1 < 2 < 3 > 2, 1 | 2 ^ 3 & 4, 6 - 2 - 1, 2 ** 3 ** 2, 7 // 2 * 2, -7 % 3 ** 2)
print(0b1010, 0o777, 0xDEAD_BEEF, 1_000_000, int("0b11", 0) | 0x10, (255).bit_length(), (-256).bit_length(), (0xFF).to_bytes(2, "big"))
x = 5
x <<= 2
x |= 1
x ^= 0b11
x &= ~4
x >>= 1
print(x, 0 or 5, 3 and 0, None or [] or "z", (1, 2) and "t", not [], not [0])
