# big-int arithmetic: floor division and modulo signs, divmod, shifts, bitwise ops on negatives, pow, abs, comparisons
a, b = 10 ** 30 + 7, -(3 ** 40)
print(a // b, a % b, divmod(a, b), -a // b, -a % b, a // -7, a % -7, (-a) // 7, (-a) % 7)
print(a << 100, a >> 50, b >> 10, b << 3, -1 >> 100, 1 << 0, (1 << 200) >> 199)
print(a & b, a | b, a ^ b, ~a, ~b, b & 0xFFFF, -(2 ** 70) & (2 ** 70 - 1), -1 & 2 ** 100, (2 ** 100) ^ -1)
print(pow(a, 3), pow(b, 2, 10 ** 9), a ** 0, (-2) ** 101, abs(b), -b, +b, a > b, b < 0, a == 10 ** 30 + 7)
for f in [lambda: 1 << -1, lambda: a // 0, lambda: a % 0, lambda: 1 >> -5, lambda: 2 ** -1 if False else 1 << (2 ** 70)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
x = 1
for i in range(1, 60):
    x *= i
print(x, len(str(x)), x % 1000003, x.bit_length(), int(str(x)[::-1]) % 97)
n = 2 ** 521 - 1
print(pow(3, n - 1, n) == 1, n % 2 ** 64, hex(n)[:10], oct(n)[-5:], bin(n).count('1'))
print(int('9' * 50) + 1 == 10 ** 50, (10 ** 50) // (10 ** 25) == 10 ** 25, -(10 ** 20) // 3, round(-(10 ** 20) / 3))
print(sum(range(10 ** 5)) * 10 ** 20, (2 ** 64) * (2 ** 64) == 2 ** 128, 2 ** 64 - 2 ** 64 == 0, type(2 ** 64 - 2 ** 64 + 1))
