# Uncaught RecursionError through two mutually recursive functions: the repeated-lines summary.
import sys
sys.setrecursionlimit(120)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("caught:", e)


def down(n):
    return down(n + 1) + 1


down(0)
