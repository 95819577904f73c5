# A loop variable keeps its last value after the loop ends, and its value before the loop when
# the loop runs no iteration: lists of heap values and ranges, in loops the JIT compiles.
def last(xs):
    n = 0
    for w in xs:
        n += 1
    return n, w
for _ in range(4):
    print(last(["a", "b", "c"]))
def last_range(k):
    w = "start"
    for w in range(k):
        pass
    return w
for _ in range(4):
    print(last_range(3), last_range(0))
