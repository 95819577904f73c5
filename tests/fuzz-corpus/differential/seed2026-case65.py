# Found by differential_fuzz.rs (seed 2026, case 65): big ints compared with floats of 1e38 and more
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
    t = 1465487482301266265
    try:
        b = clamp(t // (min(4, a) + 10**18))
    except (ZeroDivisionError, IndexError) as e:
        print('caught', type(e).__name__)
        b = -1
    a = clamp(a + t)
    a = clamp(a + ((a if (-0.0 >= 2**78) else b) - (0 // nz(526))))
    return clamp((((t + 476) - 2**4) >> 20))
def fn1(a, b, c):
    t = -6742040196040464787
    if ((-1.25 > a) and (7993082854426800762 == 1e300)):
        try:
            a = clamp(((t // nz(-6)) << 34) // c)
        except (ZeroDivisionError, IndexError) as e:
            print('caught', type(e).__name__)
            a = -1
    if (((-7 % 2 == 0) and (-0.0 < 0.5)) or (c % 2 == 0)):
        try:
            t = clamp(max(c, 1575145969) // t)
        except (ZeroDivisionError, IndexError) as e:
            print('caught', type(e).__name__)
            t = -1
        print(show(((1e16 <= 1e16) + (t - 2**20))), show(pow((b - t), 8, nz((c - t)))), show(((-1e300 if (b > 3.141592653589793) else 1e300) > a)))
    else:
        print(show((-abs(1e-300))), show(((0.1 / nz(1e300)) - (-0.0 * a))))
    c = clamp(pow(divmod((c // nz(a)), nz((77602597456288489865581 << 0)))[0], 8, nz(((2**62 == 5) + ((10 <= b <= b) + t)))))
    return clamp((-387506741240381580 - 2**70))
i0 = 6
i1 = -1016778041394728144
i2 = 3
i3 = 7
f0 = -0.0
f1 = -0.0
i2 = clamp((763 - ((i1 // nz(i3)) | i2)))
i2 = clamp((-6355031451702247211 << 43))
i1 = clamp(i1 + fn0((i2 // nz(i0)), (i3 if (i2 % 2 == 0) else i0)))
i1 = clamp(i1 + 46100076714777106359831)
i3 = clamp(i3 + 2**63 - 1)
print(show(i1))
print(show((not ((-1622529258 % 2 == 0) and (i2 % 2 == 0)))), show((i1 - 2508533829466216339)))
i2 = clamp(fn1(min((i1 + -1159630949461892552), ((-4 % 2 == 0) + 78905390476341448664562)), clamp((8 * i2)), (i0 % nz(i1))))
w0 = 0
while w0 < 13 and ((5998561012046220872 % 2 == 0) or w0 < 3):
    w0 += 1
    w1 = 0
    while w1 < 2 and (((i0 % 2 == 0) and (i0 % 2 == 0)) or w1 < 3):
        w1 += 1
        f1 = f1 + (i0 & (i3 - i1)) / 7
        i3 = clamp((((i0 - 735) + -2) + -419080168))
    f1 = ((i1 / nz(i0)) + ((-0.0 + f0) % nz((f0 % nz(f1)))))
    i2 = clamp(i2 + (abs(i0) - -8))
print(show(i0), show(i1), show(i2), show(i3), show(f0), show(f1))
