# Checks: basic int arithmetic, operator precedence, unary ops, floor div/mod signs.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, ~a, -(-a), ~~a)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(-7 // 3, -7 % 3, 7 // -3, 7 % -3)
print(0 // 5, 0 % 5, 5 // 1, -1 // 10, -1 % 10)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(7 / 2, 8 / 2, -9 / 3, 1 / 4)
print(2 ** 0, 0 ** 0, 1 ** 100, (-1) ** 101, 2 ** -1)
x = 123456789
print(x * x, x * x * x)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011)
print(abs(-5), abs(5), abs(0))
