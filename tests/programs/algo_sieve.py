# Checks (realistic): sieve of Eratosthenes with list slice assignment; prime counts and twin primes.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes
small = sieve(100)
print(small)
print(len(small), sum(small))
big = sieve(20000)
print(len(big), big[-1], big[-5:])
twins = []
for i in range(len(small) - 1):
    if small[i + 1] - small[i] == 2:
        twins.append((small[i], small[i + 1]))
print(twins)
gaps = {}
for i in range(len(big) - 1):
    g = big[i + 1] - big[i]
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:8])
print(max(gaps))
