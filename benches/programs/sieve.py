"""Sieve of Eratosthenes on a Python list (list indexing in tight loops).

Marks composites with an explicit inner loop (no slice assignment, so the
interpreter does the work), then counts and sums the primes and folds the
gaps between consecutive primes into a hash.

Usage: sieve.py [limit]
"""
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    if limit >= 1:
        flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return flags


def summarize(flags):
    count = 0
    total = 0
    h = 0
    prev = 2
    max_gap = 0
    for n in range(len(flags)):
        if flags[n]:
            count += 1
            total += n
            gap = n - prev
            if gap > max_gap:
                max_gap = gap
            h = (h * 31 + gap) & 0xFFFFFFFF
            prev = n
    return count, total, max_gap, h


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 12000000
    count, total, max_gap, h = summarize(sieve(limit))
    print("checksum:", str(count) + ":" + str(total) + ":" + str(max_gap) + ":" + str(h))


if __name__ == "__main__":
    main()
