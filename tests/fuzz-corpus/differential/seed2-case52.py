# Found by differential_fuzz.rs (seed 2, case 52): 0 / -(big int) was 0.0, not -0.0 (int.rs big_true_div).
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
i0 = (-1024405890389780944)
i1 = (10**18)
i2 = 21402447529235034322336
f0 = -0.0
l0 = [(2**73), (2**1)]
try:
    i3 = l0[(((f0 != i2) + 2053014128) if (i1 % 2 == 0) else (-5)) % 7]
except (ZeroDivisionError, IndexError) as e:
    i3 = -1
f0 = (((2 >> 8) % nz(49104563698124796471972)) / nz(i0))
print(show(i0), show(i1), show(i2), show(i3), show(f0))
