# Found by differential_fuzz.rs (seed 2026, case 117): big ints compared with floats of 1e38 and more
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
def fn0(a):
    t = 86803542461359045519574
    w0 = 0
    while w0 < 1 and ((not (t % 2 == 0)) or w0 < 3):
        w0 += 1
        t = clamp(t + 3429453884363671382)
    t = clamp(t + 7)
    print(show(abs(0.5)), show((1829558813 % nz(t))), show((-(7.0 - -6))))
    return clamp((((t if (a % 2 == 0) else -(2**31)) ** 3) - -3))
def fn1(a, b, c):
    t = 3710050781919967834
    t = clamp(t + (fn0(a) // nz((2**33 + 2**11))))
    for k0 in range(9):
        if ((-2 % 2 == 0) and (t % 2 == 0)):
            break
        try:
            c = clamp((866 >> 17) // a)
        except (ZeroDivisionError, IndexError) as e:
            print('caught', type(e).__name__)
            c = -1
        a = clamp(pow(pow(fn0(c), 1, nz((c + 794))), 8, nz((-divmod(2**63 - 1, nz(-9))[0]))))
        if (1e-300 != a):
            break
    return clamp((-((a * 4) * 1449217949)))
def rec(n, a):
    if n <= 0:
        return a
    return rec(n - 1, clamp(a * 3 + n + (-1188763066 ** 3)))
i0 = -1264998169
i1 = 2**29
i2 = -4529875883951306100
i3 = 2**95
f0 = 7.0
f1 = 1e300
f0 = (float(0.1) if ((i1 + -1) < (2.0 * 1e300)) else 1e16)
i2 = clamp(i0)
i2 = clamp((((i2 + 9) << 59) if (fn0(i2) < (f1 if (i3 % 2 == 0) else 0.1) != (5944178654107416343 + 10**18)) else ((i1 >> 2) ** 3)))
for k0 in range(1):
    i0 = clamp(i0 + ((~i3) * i3))
    i2 = clamp(i2 + ((i0 & -5) | fn0(-7)))
    i0 = clamp(min(abs((i0 >> 58)), ((1902711939982324999 + -10**19) * -2**63)))
    for k1 in range(8):
        if (i0 % 2 == 0):
            break
        k0 = clamp(((i3 % nz(((-8421069479515912246 % 2 == 0) + i0))) * ((i2 * -5) - min(i1, 2))))
f0 = f0 + (~i1) / 7
w0 = 0
while w0 < 7 and ((f0 != 2**44) or w0 < 3):
    w0 += 1
    if ((i1 + -1) <= (i3 - 979) < (-10 % nz(i0))):
        for k1 in range(7):
            i0 = clamp(i0 + i3)
    else:
        w1 = 0
        while w1 < 3 and ((i2 % 2 == 0) or w1 < 3):
            w1 += 1
            f0 = f0 + min((247 % nz(i0)), (i3 + 85)) / 7
        i3 = clamp(i3 + -3)
    for k1 in range(6):
        i1 = clamp(i1 + (divmod(i2, nz(i2))[1] - 2**63 - 1))
        k1 = clamp(k1 + 2**6)
    i2 = clamp(i2 + ((i1 + i1) % nz((i3 << 46))))
print(show(i0), show(i1), show(i2), show(i3), show(f0), show(f1))
