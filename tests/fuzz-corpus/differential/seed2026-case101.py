# Found by differential_fuzz.rs (seed 2026, case 101).
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
def fn0(a, b):
    t = 201260763788698790530
    for k0 in range(7):
        print(show(divmod((1705640763960649573532 // nz(t)), nz((6188370828377417537 + -10)))[1]), show((((t % 2 == 0) + t) <= (7.0 if (-1.25 > 1e300) else 1e300) <= 58203256687890550550120)))
i0 = 8
i2 = 858
i1 = clamp(fn0(((39003636249595666652146 if (i0 % 2 == 0) else i0) * 9091680346336923031), (fn0(i2, i2) & i2)))
