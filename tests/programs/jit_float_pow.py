# Float `**` compiled inline (a positive base and a finite result; everything else is the
# interpreter's): ints and floats mixed, a negative base (complex result), zero to a negative
# power (ZeroDivisionError), overflow (OverflowError), infinities and NaN, all in loops the
# JIT compiles.
def powers(xs, e):
    out = []
    for x in xs:
        out.append(x ** e)
    return out

bases = [2.0, 0.5, 10.0, 1e-3, 3]
for e in [2.0, -1.5, 0.5, 3, -2]:
    for _ in range(2):
        print(e, powers(bases, e))

print(powers([-8.0, -2.0, 4.0], 1.0 / 3.0))
print(powers([0.0, 2.0], 0.5))
print(powers([float("inf"), 2.0, float("nan")], 2.0))
print(powers([2, 3, 4], 2))
try:
    powers([4.0, 0.0], -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    powers([2.0, 10.0], 400.0)
except OverflowError as e:
    print("OverflowError:", e)

def energy(n):
    d = 1.5
    total = 0.0
    for i in range(n):
        d2 = d * d + i
        total += 1.0 / (d2 ** 0.5)
    return round(total, 9)

for _ in range(3):
    print(energy(1000))
