# Found by differential_fuzz.rs (seed 2026, case 26): big ints compared with floats of 1e38 and more
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
    t = -1945877067
    for k0 in range(9):
        b = clamp((((k0 + 789687472477476262) - 2**89) - divmod((t << 23), nz((t << 34)))[0]))
    w0 = 0
    while w0 < 1 and ((10 % 2 == 0) or w0 < 3):
        w0 += 1
        pass
    return clamp(a)
i0 = 2**26
i1 = -6199464126504689161
f0 = 1e300
l0 = [-7068500322010076191, 2**63 - 1, -2]
l1 = [2**64 + 1]
for k0 in range(12):
    k0 = clamp(fn0(((k0 * 2**52) * 1), pow(k0, 11, nz((62203207114961343995975 + i1)))))
i1 = clamp(i1 + i1)
i0 = clamp(i0 + ((i0 << 8) + 37304773720653243956981))
i1 = clamp(i1 + i1)
i1 = clamp(i1 + i1)
print(show(i1))
try:
    i1 = l0[i1 % 7]
except (ZeroDivisionError, IndexError) as e:
    print('caught', type(e).__name__)
    i1 = -1
i1 = clamp(l0[-1])
i1 = clamp(i1)
f0 = ((0.1 - abs(f0)) - ((i0 | i1) * i1))
f0 = f0 + -5 / 7
if (f0 == (i0 / nz(i1))):
    i0 = clamp(i0 + fn0((83205678774164533337760 * 8), (i1 - i0)))
    for k0 in range(2):
        if (k0 <= f0):
            break
        if (k0 >= f0):
            continue
    f0 = f0 + (i0 // nz(i1)) / 7
elif ((i1 % 2 == 0) and (not (i0 % 2 == 0))):
    print(show(((f0 if (i1 >= f0) else f0) % nz(abs(f0)))), show(len(l1)), show(sum(l1) % 1000003), show((fn0(i1, 3525765888966058411) in l1)))
i1 = clamp(-4)
i1 = clamp((i0 * 2**5))
i0 -= 78901268507884674385392
i0 = clamp(i0)
i1 = clamp(i1 + abs((i1 << 27)))
f0 = f0 + ((f0 <= i0) + ((79501488032993791111902 % 2 == 0) + -1019551144)) / 7
print(show(((f0 - 123456.789) >= i0)), show(((2**93 * i1) * 64605304151615468726581)), show(len(l1)), show(sum(l1) % 1000003))
i1 = clamp(i1 + i0)
for k0 in range(5):
    print(show((not (i1 < k0))), show(len(l0)), show(sum(l0) % 1000003))
    i0 = clamp(i0 + (+i0))
    i1 = clamp((((k0 % nz(16506130777886554584248)) ^ fn0(i0, i0)) + 8))
l0.append(clamp(fn0((i1 >> 57), (+i0))))
l1.append(clamp(i0))
i1 = clamp(i1 + (i0 << 19))
print(show(i0), show(i1), show(f0))
print(len(l0), show(sum(l0)), l0[:3] == sorted(l0)[:3])
print(len(l1), show(sum(l1)), l1[:3] == sorted(l1)[:3])
