# Checks (realistic): prime factorization by trial division, divisor counts, perfect numbers.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
def factor_dict(n):
    counts = {}
    for p in factorize(n):
        counts[p] = counts.get(p, 0) + 1
    return counts
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
    print(n, factorize(n))
print(factor_dict(360), factor_dict(2 ** 10 * 3 ** 5))
def num_divisors(n):
    total = 1
    for p, e in factor_dict(n).items():
        total *= e + 1
    return total
print(num_divisors(360), num_divisors(1), num_divisors(97))
def sum_divisors(n):
    s = 0
    for d in range(1, n):
        if n % d == 0:
            s += d
    return s
perfect = []
for n in range(2, 1000):
    if sum_divisors(n) == n:
        perfect.append(n)
print("perfect:", perfect)
check = 1
for p in factorize(600851475143):
    check *= p
print(check == 600851475143, max(factorize(600851475143)))
