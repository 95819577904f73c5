# math edge cases: ints beyond float range, signed zeros, subnormals, overflow and domain
# errors, mixed argument types, logs with bases, and CPython's exact messages.
import math
tests = [lambda: math.sqrt(10**400), lambda: math.log(10**400), lambda: math.fsum([10**400]), lambda: math.hypot(10**400), lambda: math.comb(10**30, 10**29 if False else 3),
 lambda: math.perm(10, 11), lambda: math.gcd(2**64, -2**70), lambda: math.isqrt(10**1000) % 1000, lambda: math.factorial(10**19), lambda: math.ldexp(0.5, -1073), 
 lambda: math.log2(0.0), lambda: math.log(-0.0), lambda: math.pow(-0.0, -1), lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400), lambda: math.fmod(5, 0),
 lambda: math.copysign(1, -0.0), lambda: math.isclose(1, 1, abs_tol=-1), lambda: math.dist([1], [1, 2]), lambda: math.prod([1, 2], start=1.0),
 lambda: math.log(True), lambda: math.log10(1e-320), lambda: math.log1p(-2), lambda: math.atan2(0.0, -0.0), lambda: math.atan2(-0.0, -0.0),
 lambda: math.nextafter(0.0, -1), lambda: math.ulp(0.0), lambda: math.ulp(-1e308), lambda: math.frexp(1e-320), lambda: math.modf(-0.0), lambda: math.gamma(-0.5), lambda: math.lgamma(-0.5),
 lambda: math.exp2(1024), lambda: math.cbrt(-27), lambda: math.remainder(inf := math.inf, 1), lambda: math.trunc(-0.9), lambda: math.floor(-0.0), lambda: math.sqrt(-0.0),
 lambda: math.log(8, 0.5), lambda: math.log(0.5, 8), lambda: math.erf(0.5), lambda: math.erfc(10), lambda: math.expm1(1e-10), lambda: math.comb(5, True), lambda: math.hypot(3, "4"),
 lambda: math.fsum(iter([0.1, 0.2])), lambda: math.sin(1e22), lambda: math.tan(-1e300), lambda: math.acos(1.0000001), lambda: math.degrees(math.pi), lambda: math.radians(180)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
