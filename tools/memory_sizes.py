"""Memory per object: the growth of VmRSS while building many small instances, floats or dict
entries, read from /proc/self/status. Run it under each implementation to compare (Linux only):

    python3 tools/memory_sizes.py inst|floats|dict
    target/release/ferropy tools/memory_sizes.py inst|floats|dict
"""
import gc
import sys


def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


N = 200000
kind = sys.argv[1] if len(sys.argv) > 1 else "inst"
# Both readings follow a full collection: what is counted is what the objects hold, not
# buffers the allocator has freed but not yet given back to the system (ferropy's allocator
# gives them back after a delay, or at once after a full collection; CPython's at once).
gc.collect()
before = rss_kib()
if kind == "inst":
    keep = [P(i, i) for i in range(N)]
elif kind == "floats":
    keep = [float(i) + 0.5 for i in range(N * 5)]
elif kind == "dict":
    keep = {"k" + str(i): i for i in range(N)}
else:
    sys.exit("kind: inst, floats or dict")
gc.collect()
after = rss_kib()
n = N * 5 if kind == "floats" else N
print(kind, round((after - before) * 1024 / n, 1), "bytes each")
