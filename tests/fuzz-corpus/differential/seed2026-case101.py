# Found by differential_fuzz.rs (seed 2026, case 101): big ints compared with floats of 1e38 and more
# compared as equal (ops.rs int_float_cmp).
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
    t = clamp(t + 799)
    b = clamp(b + 670)
    a = clamp(a + (-2**63 ** 4))
    for k0 in range(7):
        print(show(divmod((1705640763960649573532 // nz(t)), nz((6188370828377417537 + -10)))[1]), show((((t % 2 == 0) + t) <= (7.0 if (-1.25 > 1e300) else 1e300) <= 58203256687890550550120)))
    return clamp(divmod(((4000588628219326356306 // nz(t)) * 319715018825737664), nz(((t >> 55) + 9500402432546875141968)))[1])
def fn1(a, b, c):
    t = -6682385676835633928
    c = clamp((((-1533251682 + -1) // nz((-a))) + 1))
    for k0 in range(10):
        for k1 in range(10):
            if (123456.789 <= 30001112620725646812284):
                continue
            a = clamp(a + t)
        k0 = clamp(k0 + (20600298380267176563357 & (401159560 ** 3)))
        print(show(((c + 465) - (a >> 67))), show(-1e300))
    return clamp((-((1404978797 - b) + 2**63 - 1)))
i0 = 8
i1 = -690684823
i2 = 858
f0 = -1e300
f1 = -1e300
l0 = [5, 2**27, 9, 5]
l1 = [58203304689271368999493, 3320696819122715081, -3, -1764416158]
for k0 in range(8):
    i1 -= ((2**69 + 6006243696950888885399) // nz((i1 * i2)))
    i1 = clamp(i1)
    if (i1 <= i1 < -10**19):
        continue
    for k1 in range(7):
        i0 = clamp((max(abs(41201994826886503177078), pow(i1, 5, nz(i2))) - 474))
        k0 ^= abs((i0 + 3819895237517262382))
        k0 = clamp(k0)
        i1 = clamp(i1 + 0)
        i1 = clamp(i1 + ((i1 - i2) - (~-2**63)))
i1 = clamp(i1 + clamp(abs(3)))
print(show((clamp(i1) < (-f1) != i2)))
i1 = clamp(i2)
i1 = clamp(fn0(((39003636249595666652146 if (i0 % 2 == 0) else i0) * 9091680346336923031), (fn0(i2, i2) & i2)))
print(show(i0), show(i1), show(i2), show(f0), show(f1))
print(len(l0), show(sum(l0)), l0[:3] == sorted(l0)[:3])
print(len(l1), show(sum(l1)), l1[:3] == sorted(l1)[:3])
