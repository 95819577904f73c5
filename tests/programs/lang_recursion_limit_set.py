# sys.setrecursionlimit: a lower limit raises RecursionError earlier, recovery afterwards,
# recursion through __repr__ and through generators, and an invalid limit.
import sys

print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


sys.setrecursionlimit(200)
d1 = depth(0)
sys.setrecursionlimit(400)
d2 = depth(0)
print(d1 < 200, d2 < 400, d2 > d1, d2 - d1 > 150)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)


class Node:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return f"Node({self.child!r})"


try:
    repr(Node())
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))


def gen_rec(n):
    yield n
    yield from gen_rec(n + 1)


try:
    for v in gen_rec(0):
        pass
except RecursionError as e:
    print("RecursionError in generators")
lst = []
lst.append(lst)
print(lst, repr({"k": [lst]}))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(0) > 900)
