# Truth tests and `not` compiled inline (lower_is: bools, None and ints; every other value
# through the interpreter): branches and `not` on each kind of value in loops the JIT compiles,
# a `__bool__` and a `__len__` of instances, and an exception raised by `__bool__` inside a
# compiled loop, caught outside it.
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Broken:
    def __bool__(self):
        raise RuntimeError("no truth")

values = [True, False, None, 0, 1, -5, 2**70, 0.0, 1.5, "", "x", [], [0], (), {}, {1: 2},
          Flag(True), Flag(False), Sized(0), Sized(3)]

def truths(xs):
    out = []
    for x in xs:
        if x:
            out.append(1)
        else:
            out.append(0)
    return out

def nots(xs):
    out = []
    for x in xs:
        out.append(not x)
    return out

def count_while(n):
    k = 0
    while n:
        n -= 1
        k += 1
    return k

for _ in range(3):
    print(truths(values))
    print(nots(values))
    print(count_while(7), count_while(0))

def first_broken(xs):
    seen = 0
    for x in xs:
        if not x:
            seen += 1
    return seen

for _ in range(2):
    print(first_broken([0, None, False, 1]))
try:
    first_broken([0, None, Broken(), 1])
except RuntimeError as e:
    print("RuntimeError:", e)
