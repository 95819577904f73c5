"""Digits of pi from an unbounded spigot (big integer arithmetic).

Uses Gibbons' streaming algorithm: a linear fractional transformation
(q, r, t) is composed with successive terms of a series for pi; whenever
the next digit is determined it is emitted and the state is rescaled.  The
integers grow without bound, so the cost is dominated by bignum operations.

Usage: pidigits.py [number_of_digits]
"""
import sys


def pi_digits():
    q, r, t = 1, 0, 1
    k, l = 1, 3
    n = 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            nr = 10 * (r - n * t)
            n = (10 * (3 * q + r)) // t - 10 * n
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * l
            nn = (q * (7 * k + 2) + r * l) // (t * l)
            q *= k
            t *= l
            l += 2
            k += 1
            n = nn
            r = nr


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = []
    digit_sum = 0
    h = 0
    for i, d in enumerate(pi_digits()):
        if i == count:
            break
        digits.append(d)
        digit_sum += d
        h = (h * 10 + d) % 1000000007
    text = "".join([str(d) for d in digits])
    print("checksum:", text[:12] + ".." + text[-12:] + ":" + str(digit_sum) + ":" + str(h))


if __name__ == "__main__":
    main()
