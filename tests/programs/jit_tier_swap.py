# Native code compiled quickly first is replaced by better-compiled code while the program runs
# (the JIT's two tiers): calls and loops that span the switch, and guards that fail after it,
# must give the same results as the interpreter.


def step(x, y, k):
    # float and int arithmetic, a list read and write
    acc[k % 4] += x * 0.5 - y
    return (k * 3 + 1) % 1000003


def run_calls(n):
    k = 7
    for i in range(n):
        k = step(i * 0.25, k * 0.001, k)
    return k


def long_loop(n):
    total = 0
    f = 1
    for i in range(n):
        total += i * f
        if i == n - 1000:
            f = 1.5  # int turns float late in the loop, after the switch
        if i == n - 10:
            total = total * 10**20  # overflows into big ints
    return total


acc = [0.0, 0.0, 0.0, 0.0]
print(run_calls(300000))
print([round(a, 3) for a in acc])
print(long_loop(2000000))


class P:
    def __init__(self, v):
        self.v = v

    def bump(self, d):
        self.v = self.v + d
        return self.v


def objects(n):
    ps = [P(i) for i in range(10)]
    s = 0
    for i in range(n):
        s += ps[i % 10].bump(1)
        if i == n - 50:
            ps[3] = P("x")  # a str attribute breaks the int path at the very end
            ps[3].bump = lambda d: 0
    return s


print(objects(400000))
