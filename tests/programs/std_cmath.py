# cmath: every function on finite values (bit-exact results), domain and range errors, phase,
# polar, rect, log with a base, constants, isclose, __complex__/__float__ arguments; complex(-1.0, -0.0).
import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 2+3j, -2.5+0.5j, 0.3-0.7j, 1e-300+1e-300j, 1e300+1e300j, -4, 3.5, 1e-310+2e-310j, 0.9+0.5j, -0.0-0.0j, 1e200j, -1e200+1e-5j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for n in names:
    f = getattr(cmath, n)
    for v in vals:
        try:
            r = f(v)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(n, v, r)
print(cmath.phase(-1), cmath.phase(complex(-1.0, -0.0)), cmath.polar(3+4j), cmath.rect(2, math.pi / 3), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.log(100, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isnan(complex(1, float("nan"))), cmath.isinf(cmath.infj), cmath.isfinite(1j))
for bad in [(cmath.exp, 1000), (cmath.cosh, 1000+1j), (cmath.log, 0), (cmath.atanh, 1), (cmath.sqrt, "x")]:
    try:
        print(bad[0](bad[1]))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(10**20))
print(cmath.sqrt(complex("inf")), cmath.exp(complex("-inf")), cmath.sqrt(complex(-float("inf"), 1)))
