# Int shifts and int true division compiled inline: `>>` by any non-negative count (64 and
# more give the sign), `<<` while the result fits an i64 (else a big int, from the
# interpreter), a negative count (ValueError), and `int / int` exactly as Python rounds it:
# natively for ints a double holds exactly, big and huge ints and zero divisors otherwise.
def shifts(xs, k):
    out = []
    for x in xs:
        out.append((x >> k, x << k))
    return out

xs = [0, 1, -1, 5, -5, 2**40, -2**40, 2**62, -2**63, 2**63 - 1]
for k in [0, 1, 3, 21, 63, 64, 100]:
    for _ in range(2):
        print(k, shifts(xs, k))
try:
    shifts([1, 2], -1)
except ValueError as e:
    print("ValueError:", e)

def divs(xs, d):
    out = []
    for x in xs:
        out.append(x / d)
    return out

ys = [0, 1, -7, 10**15, 2**53, 2**53 + 1, -2**53 - 1, 2**62, 3]
for d in [1, 3, -7, 2**53, 2**53 + 1, 10**20]:
    for _ in range(2):
        print(d, divs(ys, d))
try:
    divs([1, 2], 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def mixed(n):
    total = 0
    f = 0.0
    i = 0
    while i < n:
        k = i * 3 + 1
        f += k / (i + 1)
        total = (total + (k << 2) + (k >> 1)) & 0xFFFFFF
        i += 1
    return total, f

for _ in range(3):
    print(mixed(3000))
