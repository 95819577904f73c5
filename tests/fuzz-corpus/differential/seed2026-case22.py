# Found by differential_fuzz.rs (seed 2026, case 22): big ints compared with floats of 1e38 and more
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
    t = 2**97
    if ((a % nz(-1)) % 2 == 0):
        a = clamp(a + a)
        try:
            t = clamp((divmod(-10, nz(2**64 + 1))[1] * 2**64) % (divmod(a, nz(a))[1] & (a - a)))
        except (ZeroDivisionError, IndexError) as e:
            print('caught', type(e).__name__)
            t = -1
    else:
        pass
    return clamp((t + (a if (-8 != t) else t)))
def fn1(a, b, c):
    t = 2**35
    print(show(((a & 3027372935504366974) & b)), show((clamp(b) - -2)), show((a % nz((t ** 0)))))
    if (not (not (553 % 2 == 0))):
        b = clamp(b + (a + (c % nz(a))))
    elif (not (1e300 < -1e300)):
        b += b
        b = clamp(b)
        a = clamp(a + (+b))
    else:
        b = clamp(b + (b // nz((a % nz(a)))))
    return clamp(pow(((+b) - (~t)), 6, nz((2**50 // nz(b)))))
i0 = -4846071861188802102
i1 = 7
i2 = 384
i3 = 33102280306102049862629
f0 = 1e300
l0 = [63004311110805044945550, 2**25]
l1 = [1144781005, 816, 10, 2**96, 227114900]
i1 = clamp(min((((i3 in l0) + 2**99) & (99106913896867929861824 * 744285075766838745)), divmod(i3, nz((i3 % nz(i0))))[0]))
print(show(len(l0)), show(sum(l0) % 1000003), show(((i1 + 2**62) << 29)), show(((i2 if (i3 != f0) else i0) & (i2 + -1799013123))))
i2 = clamp(i1)
i2 = clamp(i2 + l1[ix(l1, min(i2, i3))])
i0 = clamp(i2)
i2 ^= i1
i2 = clamp(i2)
for k0 in range(8):
    i1 = clamp((-(2**31) * -9))
    l1.append(clamp(fn0((i3 % nz(2**55)))))
    i0 |= 802206940104064345451
    i0 = clamp(i0)
    i2 += i1
    i2 = clamp(i2)
f0 = f0
i2 = clamp(i2 + ((i1 + -3) if (f0 != -5) else ((i2 % 2 == 0) + i3)))
i0 = clamp((47906571147165182506534 >> 25))
w0 = 0
while w0 < 14 and ((i1 < 1) or w0 < 3):
    w0 += 1
    for k1 in range(6):
        print(show(min(fn1(2**64 + 1, 2, i0), i1)))
        f0 = float(((-f0) if (f0 == i3) else f0))
        print(show(len(l1)), show(sum(l1) % 1000003), show(i2), show(len(l1)), show(sum(l1) % 1000003))
        if ((-0.0 + f0) <= (243 ** 4)):
            l0.append(clamp(i3))
            i2 = clamp((i3 - (2**49 - 44702469501049466202144)))
            i0 = clamp(i0 + min(-(2**31), l0[-1]))
        elif ((i2 if (i0 % 2 == 0) else -2) % 2 == 0):
            print(show(pow((k1 * i2), 0, nz((i2 << 10)))))
            l1[ix(l1, i3)] = clamp(((-10 | i1) ** 0))
        else:
            pass
print(show(i0), show(i1), show(i2), show(i3), show(f0))
print(len(l0), show(sum(l0)), l0[:3] == sorted(l0)[:3])
print(len(l1), show(sum(l1)), l1[:3] == sorted(l1)[:3])
