# Checks: range with 1-3 args, negative steps, empty ranges, len/in/indexing of ranges, reversed.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), list(range(3, 3)), list(range(0, 10, -1)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r)
print(range(5), range(1, 5), range(1, 5, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(len(range(0, 1000000, 3)), range(10 ** 12)[-1])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
