# RecursionError at sys.getrecursionlimit(), catchable, and the limit is settable.
import sys

print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print(900 < d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = depth(0)
print(150 < d2 < 200)
sys.setrecursionlimit(1000)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(len(str(fact(500))))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def __repr__(self):
        return f"Node({self.nxt!r})"


n = None
for _ in range(5):
    n = Node(n)
print(n)


def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)


def mutual_b(n):
    return mutual_a(n)


print(mutual_a(300))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
