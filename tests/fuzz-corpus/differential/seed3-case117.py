# Found by differential_fuzz.rs (seed 3, case 117): a literal with leading zeros was a SyntaxError with
# the lexer's "Invalid Token" message instead of CPython's.
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
def fn0(a, b, c):
    t = (-4)
    a = clamp((b if (c <= (2 % nz(a))) else divmod(divmod(a, nz(t))[1], nz((c // nz(t))))[1]))
    b = clamp((67000616453144846766744 ^ max(9, (b >> 50))))
    a = clamp((((2 % 2 == 0) + (c << 12)) << 36))
    return clamp(((a + 003547852146090117817) + (-10)))
def fn1(a, b):
    t = (-6)
    for k0 in range(10):
        b += ((a if (b < b) else t) + divmod(a, nz((-10)))[1])
        b = clamp(b)
    a = clamp((((-10) % nz(((-6) - (-1743538994)))) + pow((a % nz(a)), 9, nz(abs((-6))))))
    print(show(((a * (-9)) / nz((2**64 + 1)))), show((divmod(5, nz(b))[0] % 2 == 0)), show(b))
    t = clamp(t + ((b if (b % 2 == 0) else 8) ** 5))
    a = clamp(a + a)
    return clamp(t)
def fn2(a):
    t = (2**62)
    print(show(float(float(-1e300))), show(a))
    print(show(float((a / nz(a)))))
    if ((a if (20306730250839898268426 % 2 == 0) else 17207729782198129105065) % 2 == 0):
        pass
    elif ((3.141592653589793 + 1e-300) == ((-1) * a)):
        pass
    return clamp(((a ** 3) * ((1183045369 * 1167959872) + 3)))
def rec(n, a):
    if n <= 0:
        return a
    return rec(n - 1, clamp(a * 3 + n + (80203065946478777609863 * (-10))))
i0 = 10
i1 = 0
i2 = 361
f0 = -0.0
i2 = clamp(i1)
i1 = clamp(i1 + ((i1 ** 1) + (2**55)))
i0 = clamp(min(i2, i1))
i0 = clamp(divmod((~(i1 - i0)), nz(i0))[1])
i1 = clamp(i1 + min((i1 >> 50), (i1 >> 7)))
f0 = f0 + (((2**40) >> 69) % nz((i2 // nz(i0)))) / 7
print(show(((i2 * (-2)) % 2 == 0)), show((i0 % nz(min(i2, i1)))), show(((-f0) / nz((2.0 - f0)))))
i1 = clamp((i2 * (divmod(i2, nz(i0))[1] if ((-3) > i0) else clamp((-7)))))
f0 = f0
i0 = clamp((pow(divmod(i1, nz(i0))[0], 1, nz((i0 << 2))) + (-((-7) - (-10**19)))))
f0 = f0
f0 = f0 + (divmod(i1, nz(8507835080198233635))[1] // nz((i1 + 793))) / 7
print(show(i0), show(i1), show(i2), show(f0))
