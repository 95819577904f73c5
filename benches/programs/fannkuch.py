"""Fannkuch-redux: pancake flipping over every permutation of 1..n.

For each permutation the leading run of k elements is reversed, where k is
the first element, until 1 comes to the front.  We track the maximum number
of flips and an alternating-sign checksum of flip counts in permutation
order (list indexing, slicing and swaps).

The size is the number of permutations of 0..9 visited, in the usual
fannkuch-redux order (10! = 3628800 visits them all), so the run time can be
tuned finely.  fannkuch(n, n!) gives the classic results, e.g. 228/16 for n=7.

Usage: fannkuch.py [permutations]
"""
import sys


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 0:
        # reverse p[0..first] in place
        i = 0
        j = first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n, limit):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        if perm[0] != 0:
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        index += 1
        if index == limit:
            return checksum, max_flips
        # next permutation by rotating prefixes (counting-order scheme)
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = first
            counts[r] += 1
            if counts[r] <= r:
                break
            counts[r] = 0
            r += 1


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    checksum, max_flips = fannkuch(10, limit)
    print("checksum:", str(checksum) + "/" + str(max_flips))


if __name__ == "__main__":
    main()
