# Found by differential_fuzz.rs (seed 2026, case 26).
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
i0 = 2**26
i1 = -6199464126504689161
f0 = 1e300
l0 = [-7068500322010076191, 2**63 - 1, -2]
l1 = [2**64 + 1]
try:
    i1 = l0[i1 % 7]
except (ZeroDivisionError, IndexError) as e:
    i1 = -1
f0 = ((0.1 - abs(f0)) - ((i0 | i1) * i1))
i0 -= 78901268507884674385392
print(show(((f0 - 123456.789) >= i0)), show(((2**93 * i1) * 64605304151615468726581)), show(len(l1)), show(sum(l1) % 1000003))
