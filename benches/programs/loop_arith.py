"""Plain integer and float arithmetic in a tight loop inside a function.

Each iteration mixes int add/mul/mod/shift/xor, a comparison-driven branch
and a few float multiplies, adds and divisions on local variables.

Usage: loop_arith.py [iterations]
"""
import sys


def int_loop(n):
    acc = 0
    x = 1
    odd = 0
    for i in range(n):
        x = (x * 1103 + i) % 65521
        acc += x ^ (i >> 3)
        if x & 1:
            odd += 1
        else:
            acc -= i % 7
    return acc, odd


def float_loop(n):
    # logistic map (chaotic, but exactly reproducible with IEEE doubles)
    x = 0.3
    s = 0.0
    m = 0.0
    for i in range(1, n + 1):
        x = 3.7 * x * (1.0 - x)
        s += x / i
        m = m * 0.5 + x * 0.25
    return s, x, m


def mixed_loop(n):
    total = 0
    f = 0.0
    i = 0
    while i < n:
        k = i * 3 + 1
        f += k / (i + 1)
        total = (total + k * k) & 0xFFFFFF
        i += 1
    return total, f


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    acc, odd = int_loop(n)
    s, x, m = float_loop(n)
    total, f = mixed_loop(n)
    parts = [acc, odd, round(s, 6), round(x, 6), round(m, 6), total, round(f, 6)]
    print("checksum:", ":".join([str(p) for p in parts]))


if __name__ == "__main__":
    main()
