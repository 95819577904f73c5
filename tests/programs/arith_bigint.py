# Checks: big-int promotion, factorials, big powers, big floor division / modulo, shifts.
print(2 ** 64, 2 ** 100, 2 ** 200)
print(-(2 ** 100))
f = 1
i = 1
while i <= 30:
    f = f * i
    i += 1
print(f)
n = 1
for k in range(1, 51):
    n *= k
print(n)
print(n // (2 ** 40), n % 1000000007)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 7, -big % 7)
print(big * big - 1)
print((2 ** 100) >> 10, 1 << 100, (1 << 100) >> 99)
print(-(2 ** 80) >> 3, -(2 ** 80) << 3)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print(9223372036854775807 * 2, -9223372036854775808 - 1)
print((2 ** 64) // (2 ** 32), (2 ** 64) % (2 ** 33 - 1))
print(2 ** 100 == 1 << 100, 2 ** 100 > 2 ** 99, 10 ** 20 < 10 ** 19)
print(divmod(10 ** 25, 12345), divmod(-(10 ** 25), 12345))
print(abs(-(3 ** 50)), 3 ** 50 - 3 ** 50)
print(str(2 ** 90), len(str(2 ** 1000)))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(hex(2 ** 70), int(str(7 ** 40)) == 7 ** 40)
