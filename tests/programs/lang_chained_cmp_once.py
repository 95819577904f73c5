# Checks: chained comparisons evaluate each middle operand once; walrus inside them.
calls = []
def f(x):
    calls.append(x)
    return x
print(1 < f(2) < 3, calls)
print(1 < f(5) < 3 < f(9), calls)
print((n := 4) > 2 > (m := 1), n, m)
print(0 <= f(7) <= 10 == 10, calls)
