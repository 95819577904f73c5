# float inf and nan: arithmetic, comparisons, conversions, formatting, min/max/sorted, hashing, errors
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 2, 5 % inf, -5 % inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, -inf < inf, inf > 10**400, -inf < -(10**400))
print(inf == 10**400, 10**400 < inf, float(10**308) < inf, 1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2)
print(repr(inf), str(-inf), repr(nan), f"{inf:.2f}", f"{nan:+}", f"{-inf:e}", f"{inf:%}", format(nan, "10"), "%f %e %g" % (inf, -inf, nan))
print(float("infinity"), float("-INF"), float("+nan"), float(" nan "), float("-Infinity"), (-nan) != (-nan))
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[1] != 2 or True, sum([inf, -inf]), sum([1, nan]) != 0)
print(inf.is_integer(), nan.is_integer(), (2.0).is_integer(), inf.hex(), nan.hex(), (-0.0).hex(), abs(-inf), abs(nan))
print(hash(inf), hash(-inf), round(inf, 2), round(-inf, -5), inf.__trunc__ if False else "t", divmod(inf, 1) if False else "d")
print(0.0 == -0.0, repr(-0.0), str(0.0 * -1), 1 / (1 / -inf) if False else "x", -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0, (-0.0).__repr__())
for bad in [lambda: int(inf), lambda: int(nan), lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio(),
            lambda: round(nan), lambda: 1 / 0.0, lambda: 0.0 ** -1, lambda: (-8.0) ** 0.5,
            lambda: 10.0 ** 400, lambda: float("1e500") * 0 if False else float("infx"), lambda: divmod(inf, 0.0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
