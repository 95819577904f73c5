# Found by differential_fuzz.rs (seed 2026, case 65).
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
def fn1(a, b, c):
    t = -6742040196040464787
    if (((-7 % 2 == 0) and (-0.0 < 0.5)) or (c % 2 == 0)):
        try:
            t = clamp(max(c, 1575145969) // t)
        except (ZeroDivisionError, IndexError) as e:
            t = -1
        print(show(((1e16 <= 1e16) + (t - 2**20))), show(pow((b - t), 8, nz((c - t)))), show(((-1e300 if (b > 3.141592653589793) else 1e300) > a)))
i0 = 6
i1 = -1016778041394728144
i2 = clamp((-6355031451702247211 << 43))
i2 = clamp(fn1(min((i1 + -1159630949461892552), ((-4 % 2 == 0) + 78905390476341448664562)), clamp((8 * i2)), (i0 % nz(i1))))
