# Builds and drops reference cycles in a loop (doubly linked nodes, self-referencing lists,
# objects pointing at each other, a method stored on its instance) and prints the peak RSS
# (VmHWM) after a warm-up and at the end: with the cycle collector they stay flat.
# Usage: ferropy benches/gc_churn.py [STRUCTURES]   (default 1,000,000)
import gc
import sys


def peak_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class Pair:
    def __init__(self):
        self.other = None
        self.data = [1, 2, 3]

    def method(self):
        return self.data


def churn(n):
    # Each iteration builds four cyclic structures and drops them.
    for i in range(n // 4):
        a = Node(i)
        b = Node(i + 1)
        a.next = b
        b.prev = a
        lst = [i]
        lst.append(lst)
        p = Pair()
        q = Pair()
        p.other = q
        q.other = p
        p.bound = p.method


total = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
warm = total // 10
churn(warm)
before = peak_kib()
churn(total - warm)
after = peak_kib()
print("structures", total)
print("peak RSS after warm-up KiB", before)
print("peak RSS at end KiB", after)
print("growth KiB", after - before)
print("collections (young, full)", gc.get_stats()[0]["collections"], gc.get_stats()[2]["collections"])
