# Checks (realistic): Collatz sequence lengths, longest chain below a bound, with a dict cache.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz_seq(6))
print(collatz_seq(27)[:12], len(collatz_seq(27)), max(collatz_seq(27)))
for n in [1, 2, 3, 7, 9, 97]:
    print(n, collatz_len(n))
cache = {1: 1}
def cached_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    while path:
        length += 1
        cache[path.pop()] = length
    return length
best, best_n = 0, 0
for n in range(1, 3000):
    L = cached_len(n)
    if L > best:
        best, best_n = L, n
print("longest below 3000:", best_n, best)
print(collatz_len(best_n) == best, len(cache) > 3000)
