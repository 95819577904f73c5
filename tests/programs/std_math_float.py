# math: the float functions over ordinary and special values (inf, nan, -0.0, huge), printed
# with CPython's errors ("math domain error", "math range error"): trig, hyperbolic, exp/log
# families, erf/erfc, gamma/lgamma (CPython's Lanczos), pow, fmod, remainder, frexp/ldexp, modf,
# copysign, nextafter, ulp, isclose, hypot, dist, degrees/radians, constants.
import math

inf, nan = math.inf, math.nan
values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-300, 1e300, 800.0, inf, -inf, nan]
names = ["sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
         "acosh", "atanh", "exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "cbrt", "fabs",
         "erf", "erfc", "gamma", "lgamma", "degrees", "radians", "floor", "ceil", "trunc",
         "isnan", "isinf", "isfinite", "frexp", "modf", "ulp"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e)[5:])
    print(name, " ".join(out))

for v in [0.1, 0.25, 1.5, 2.5, 4.5, 5.5, 7.25, 10.5, 20.0, 23.0, 24.0, 30.5, 57.3, 120.0, 141.5, 171.5, 172.0, -0.5, -1.5, -2.25, -10.1, -150.5, -201.5, 1e-25]:
    res = []
    for f in (math.gamma, math.lgamma):
        try:
            res.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            res.append(type(e).__name__)
    print("gamma", v, *res)

pairs = [(2.0, 3.0), (2.0, -1.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (-8.0, 1 / 3), (10.0, 400.0),
         (inf, 2.0), (-inf, 3.0), (-inf, -3.0), (nan, 0.0), (1.0, nan), (0.5, inf), (2.0, -inf), (-1.0, inf), (7.5, 2.0), (-7.5, 2.0), (5.0, 0.0), (inf, 1.0), (1.0, inf), (3.0, -inf)]
for name in ["pow", "fmod", "remainder", "atan2", "copysign", "nextafter", "hypot"]:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e)[5:])
    print(name, " ".join(out))
print([math.remainder(x, 2.0) for x in [1.0, 3.0, 5.0, -1.0, -3.0, 2.5, 7.0]])
print(math.ldexp(1.5, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, 1024 - 1), math.ldexp(-0.0, 5), math.ldexp(3.0, -10**30))
for bad in [lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 10**30), lambda: math.ldexp(1.0, 2.0)]:
    try:
        bad()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1, 2, 3, 4), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.hypot(*[0.1] * 10), math.hypot(1.5, 2.5, 3.5), math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((1.5,), (-2.5,)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(inf, inf), math.isclose(nan, nan), math.isclose(1, 1.05, rel_tol=0.1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(1, 5))
for bad in [lambda: math.log(0), lambda: math.log(-5), lambda: math.log(10, 1), lambda: math.log2(-(2**100)), lambda: math.log10(0.0),
            lambda: math.sqrt("x"), lambda: math.dist((1, 2), (1,)), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.floor(inf), lambda: math.ceil(nan), lambda: math.trunc("s")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True), math.floor(10**30), math.ceil(1e20), type(math.floor(2.0)).__name__)


class Num:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"

    def __float__(self):
        return 2.25


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.exp(Num()))
