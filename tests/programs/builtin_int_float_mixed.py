# exact int/float comparisons beyond 2**53, true division of big ints correctly rounded, float() of big ints
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, 2 ** 53 == 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 > float('inf'), 10 ** 400 < float('inf'), 1 == 1.0000000000000002, 9007199254740993 < 9007199254740994.0)
print(10 ** 400 / 10 ** 399, (10 ** 30 + 1) / 10 ** 30, 1 / 3, 2 ** 1100 / 2 ** 1000, 7 / 7, -1 / 2 ** 2000)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1100 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print(float(2 ** 63), float(2 ** 64 - 1), float(-2 ** 63 - 1), float(2 ** 1023 * 3 // 2), int(1e300) == 10 ** 300, int(1e18))
print(3 // 2.0, -3 // 2.0, 3 % -2.0, 2 ** 0.5, 4 ** -1, (-8) ** (1 / 3) == complex, 0 ** 0, 0.0 ** 0)
print(max(1, 1.0), max(1.0, 1), min(2 ** 60, 2.0 ** 60), sorted([3, 2.5, True, 10 ** 20, -1e30]))
print({1: 'int', 1.0: 'float'}, len({2 ** 53 + 1, float(2 ** 53 + 1)}), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1e16 + 1, int(1e16) + 1, 123456789 * 1.0 == 123456789, (2 ** 70) % 1.5, divmod(2 ** 70, 3.0))
