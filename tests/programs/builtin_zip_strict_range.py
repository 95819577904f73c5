# Checks: zip strict errors, range slicing/index/count/in, slice objects.
r = range(0, 20, 3)
print(r[1:4], r[::-1], r.index(9), r.count(6), 12 in r, 13 in r, len(r[::2]))
s = slice(1, 10, 2)
print(s, s.indices(5), [0, 1, 2, 3, 4, 5][s])
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(e)
