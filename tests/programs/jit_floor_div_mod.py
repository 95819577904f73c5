# Int `//` and `%` compiled inline for a positive divisor (rounding toward negative infinity),
# with every other case left to the interpreter: negative dividends, a negative divisor,
# a zero divisor (ZeroDivisionError raised inside a compiled loop), the smallest i64, big
# ints, and floats reaching the same instruction.
def divmods(xs, d):
    out = []
    for x in xs:
        out.append((x // d, x % d))
    return out

xs = [0, 1, 6, 7, -1, -6, -7, 2**63 - 1, -2**63, 10**20, -10**20]
for d in [7, 1, -7, 3, 2**62, 10**19]:
    for _ in range(2):
        print(d, divmods(xs, d))

def lcg(n):
    x = 1
    acc = 0
    for i in range(n):
        x = (x * 1103 + i) % 65521
        acc -= i % 7
        acc += x // 3
    return x, acc

for _ in range(3):
    print(lcg(5000))

print(divmods([5.5, -5.5, 7], 2))
try:
    divmods([1, 2], 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def aug(n):
    t = 100
    for i in range(1, n):
        t //= 1 if i % 3 else 2
        t %= 1000
    return t

print(aug(20), aug(20))
