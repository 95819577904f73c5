# float.as_integer_ratio, is_integer, round() with ndigits (banker's and representation effects)
for x in [0.5, 0.1, -2.75, 1e20, 3.0, 2.0**-30, 1e-320, -0.0]:
    print(repr(x), x.as_integer_ratio(), x.is_integer())
for x in [float('inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675]])
print(round(2.675, 2), round(2.665, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(5.5, 0), round(6.5, 0), round(1e300, 5), round(1.5e-300, 301))
print(round(123.456, 10), round(123.456, -10), round(0.1, 400), round(12345.0, -400))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456789, -3))
print(round(10**30 + 5 * 10**9, -10), round(5, 2), round(True, 0))
for x in [float('inf'), float('nan')]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
