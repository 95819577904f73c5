# Float and int arithmetic in tight loops, compared exactly with the interpreter's results.
def harmonic(n):
    s = 0.0
    for i in range(1, n + 1):
        s += 1.0 / i
    return s

def poly(x, n):
    r = 0.0
    for i in range(n):
        r = r * x + (i % 7) - 3.5
    return r

def compare_chain(n):
    c = 0
    for i in range(n):
        if 10 < i * 2 <= 40 and i != 13:
            c += 1
        elif i > 45:
            c -= 1
    return c

print(harmonic(1000))
print(poly(0.5, 200), poly(-1.25, 50))
print(compare_chain(60))
x = 0.1
for _ in range(10):
    x = x * 3.0 - 0.2
print(x, 1e308 * 10, -1e308 * 10)
print(7 / 2, -7 / 2, 7.0 // 2, -7 // 2.0, 7 % -3, -7.5 % 2)
