# Found by differential_fuzz.rs (seed 2026, case 22).
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
i0 = -4846071861188802102
i2 = 384
i3 = 33102280306102049862629
f0 = 1e300
l0 = [63004311110805044945550, 2**25]
i1 = clamp(min((((i3 in l0) + 2**99) & (99106913896867929861824 * 744285075766838745)), divmod(i3, nz((i3 % nz(i0))))[0]))
print(show(len(l0)), show(sum(l0) % 1000003), show(((i1 + 2**62) << 29)), show(((i2 if (i3 != f0) else i0) & (i2 + -1799013123))))
