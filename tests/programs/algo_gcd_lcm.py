# Checks (realistic): Euclid's gcd (iterative and recursive), lcm, extended gcd and modular inverse.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (-24, 36), (2 ** 64, 2 ** 40 * 3)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b) if a and b else 0)
l = 1
for k in range(1, 21):
    l = lcm(l, k)
print("lcm(1..20) =", l)
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        return None
    return x % m
print(modinv(3, 11), modinv(10, 17), modinv(6, 9), (3 * modinv(3, 11)) % 11)
print(pow(3, 10, 11), pow(10, 16, 17))
coprime = 0
for i in range(1, 101):
    if gcd(i, 100) == 1:
        coprime += 1
print("phi(100) =", coprime)
