# Checks code whose native guards keep failing after it was compiled: a loop whose
# accumulator turns from int to float halfway (every iteration after that fails the int
# guard, until the unit is profiled and compiled again with both types), a branch that never
# ran before compiling and then runs on every iteration, and a function called many times
# whose tail never ran when its loop was compiled. Results must equal the interpreter's.


def mixed(n):
    total = 0
    step = 1
    for i in range(n):
        if i == n // 2:
            step = 0.5
        total = total + step * 3
        total = total - step
    return total


def late_branch(n):
    acc = 0
    for i in range(n):
        if i > 300:
            acc = acc + (i * 7) % 13
            acc = acc - 1
        else:
            acc = acc + 1
    return acc


def tail(n):
    s = 0
    for i in range(n):
        s = s + i
    return s * 2 + 1


print(mixed(5000))
print(late_branch(5000))
t = 0
for k in range(2000):
    t = t + tail(5)
print(t)
