# Found by differential_fuzz.rs (seed 2026, case 117).
def show(x):
    if isinstance(x, int) and not isinstance(x, bool) and abs(x) > 10**30:
        return 'big(%d,%d)' % (x.bit_length(), x % 1000000007)
    return repr(x)
def clamp(x):
    if abs(x) > 10**40:
        return x % 10**40 - 5 * 10**39
    return x
def nz(x):
    return x if x else 1
def ix(l, i):
    return i % len(l)
def fn0(a):
    return clamp((((t if (a % 2 == 0) else -(2**31)) ** 3) - -3))
i0 = -1264998169
i1 = 2**29
i3 = 2**95
f1 = 1e300
f0 = (float(0.1) if ((i1 + -1) < (2.0 * 1e300)) else 1e16)
i2 = clamp(i0)
i2 = clamp((((i2 + 9) << 59) if (fn0(i2) < (f1 if (i3 % 2 == 0) else 0.1) != (5944178654107416343 + 10**18)) else ((i1 >> 2) ** 3)))
print(show(i0), show(i1), show(i2), show(i3), show(f0), show(f1))
