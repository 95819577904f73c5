# range with bounds beyond 64 bits: len, indexing, contains, index/count, slicing, reversed, repr
r = range(10**20, 10**20 + 5)
print(r, len(r), r[0], r[-1], r[4])
print(r[1:3], r[::-1], r[::2])
print(10**20 + 2 in r, 10**20 + 7 in r, 5 in r, 10**20 + 2.0 in r)
print(r.index(10**20 + 3), r.count(10**20), r.count(3))
print(list(r))
print(list(reversed(r)))
print(r.start, r.stop, r.step)
big = range(0, 10**30, 10**10)
print(big[5], big[-1], big.index(10**25), len(big[:7]))
print(range(-10**20, 10**20, 3)[::-1][:3])
print(range(10**20) == range(10**20), range(0, 10**20, 2) == range(0, 10**20 - 1, 2))
print(hash(range(10**20)) == hash(range(10**20)))
print(bool(range(10**20, 10**20)), bool(range(10**20, 10**20 + 1)))
print(sum(range(2**64 - 3, 2**64 + 3)))
print([x - 2**63 for x in range(2**63 - 2, 2**63 + 2)])
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(0)
except ValueError as e:
    print("ValueError:", e)
print(range(10**20)[10**19], 10**19 in range(10**20), range(10**20)[-1])
print(range(5)[10**20:], range(5)[-10**20:2])
it = iter(range(10**20, 10**20 + 3))
print(next(it), next(it), next(it), next(it, "done"))
print(range(0, -10**20, -10**19), list(range(0, -10**20, -10**19))[-2:])
