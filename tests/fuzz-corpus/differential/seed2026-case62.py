# Found by differential_fuzz.rs (seed 2026, case 62): big ints compared with floats of 1e38 and more
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
i0 = 89402784906886961735383
i1 = 2**64 + 1
i2 = 2**62
i3 = 8
f0 = -1.25
print(show(divmod((i1 ** 3), nz((i3 + 4)))[0]), show(min(i3, (i3 + 2))))
f0 = (((f0 / nz(123456.789)) if (f0 >= f0) else 0.1) + ((i0 + 2**77) / nz((-10**19 // nz(16503029683954563277306)))))
if ((i3 // nz(i1)) <= (-7660377805762514358 if (f0 <= 50102653979043560493000) else i0)):
    f0 = ((f0 if (2**23 <= 1e16 <= i1) else (f0 + f0)) + f0)
    print(show((((-10 % 2 == 0) + i0) * -10)), show(((i2 % 2 == 0) and (f0 > i0))))
    f0 = (((f0 / nz(f0)) if (i1 <= i3 != 38704640564200290653359) else f0) * i1)
i3 = clamp(i1)
i0 = clamp(((((i1 % 2 == 0) + 4) % 2 == 0) + (((i0 % 2 == 0) + i1) if (-1e300 < i0) else (i3 * 7))))
f0 = (((3444146752991831325 + 2) / nz(pow(i2, 7, nz(8957925781675238778)))) - abs(-1.25))
f0 = f0 + (i1 ** 5) / 7
for k0 in range(12):
    for k1 in range(9):
        try:
            k1 = clamp(((i1 + k1) * (i0 + -10)) // ((i3 ^ -1790829134) % nz((i1 + 2**28))))
        except (ZeroDivisionError, IndexError) as e:
            print('caught', type(e).__name__)
            k1 = -1
    print(show(((i1 - i3) + 245)))
    print(show(((i2 ^ 24201432851780718897635) | 6976819463769915688)), show(((i0 * -10) // nz((i1 + 3)))))
    f0 = f0 + (((i0 % 2 == 0) + k0) ** 2) / 7
i0 = clamp(abs((i0 * 52606293127855171815830)))
i3 = clamp(i3 + (i0 << 52))
print(show(i0), show(i1), show(i2), show(i3), show(f0))
