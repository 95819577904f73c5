"""Spectral norm of an infinite matrix (float arithmetic, nested loops).

A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1).  The largest singular
value of the n x n top-left block is estimated with ten rounds of the power
method applied to A^T A.

Usage: spectral_norm.py [n]
"""
import sys


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += entry(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def dot(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = dot(u, v)
    vv = dot(v, v)
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 425
    result = spectral_norm(n)
    print("checksum:", round(result, 9))


if __name__ == "__main__":
    main()
