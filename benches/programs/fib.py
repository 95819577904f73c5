"""Naive doubly-recursive Fibonacci (function call overhead benchmark).

fib(n) is computed with the exponential recursive definition; the result is
cross-checked against an iterative loop so a broken implementation can't
pass by accident.

Usage: fib.py [n]
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def count_calls(n):
    # number of calls made by fib(n): c(n) = 1 + c(n-1) + c(n-2)
    c0, c1 = 1, 1
    for _ in range(n - 1):
        c0, c1 = c1, 1 + c0 + c1
    return c1 if n > 0 else c0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    result = fib(n)
    expected = fib_iter(n)
    if result != expected:
        print("error: fib(" + str(n) + ") = " + str(result)
              + ", expected " + str(expected))
        sys.exit(1)
    print("checksum:", str(result) + ":" + str(count_calls(n)))


if __name__ == "__main__":
    main()
