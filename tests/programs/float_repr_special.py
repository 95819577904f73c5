# float repr/str as shortest round-trip, exponent switch points, inf/nan arithmetic and comparisons
vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.0, 100.0, 1e22, 1e21,
        9007199254740993.0, 2.5e-308, 1.7976931348623157e308, -0.0, 5e-324, 1/7, 100000000000000000.5]
for v in vals:
    print(repr(v), str(v))
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(float('  -inf '), float('+nan'), float('Infinity'), float('iNf'), float('1_000.5'))
print(1e308 * 10, -1e308 * 10, 2.0 ** -1080)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(7.5, 2), divmod(-7.5, 2), -7.5 // 2, 7.5 % -2, (-0.0) % 5)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1))
print(max(1.0, nan), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
import math
print(math.isinf(inf), math.isnan(nan), inf.is_integer(), float('1e500'), float('-1e-500'))
for s in ['1e', 'e5', '1.2.3', '', 'nan1', '1__0', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
