# `is` and `is not` compiled inline (lower_is): every pair of variants, in a loop the JIT
# compiles (same and different variants, None, ints, floats, bools, NotImplemented, Ellipsis,
# heap objects).
class A: pass
a, b = A(), A()
vals = [None, 1, 1, 2.0, 2.0, True, False, NotImplemented, Ellipsis, "s", a, b, [1], (), 10**30]
def f(xs):
    out = []
    for x in xs:
        for y in xs:
            out.append((x is y, x is not y))
    return out
r = f(vals)
print(sum(p[0] for p in r), sum(p[1] for p in r))
for i in range(len(vals)):
    print([int(r[i*len(vals)+j][0]) for j in range(len(vals))])
def count_none(xs):
    n = 0
    for x in xs:
        if x is None:
            n += 1
        if x is not None and x is not a:
            n += 100
    return n
for _ in range(3):
    print(count_none(vals))
