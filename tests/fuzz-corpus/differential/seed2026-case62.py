# Found by differential_fuzz.rs (seed 2026, case 62).
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
i0 = 89402784906886961735383
i1 = 2**64 + 1
i2 = 2**62
i3 = clamp(i1)
i0 = clamp(((((i1 % 2 == 0) + 4) % 2 == 0) + (((i0 % 2 == 0) + i1) if (-1e300 < i0) else (i3 * 7))))
f0 = (((3444146752991831325 + 2) / nz(pow(i2, 7, nz(8957925781675238778)))) - abs(-1.25))
print(show(i0), show(i1), show(i2), show(i3), show(f0))
