# str slicing of ASCII strings (the fast byte-offset path): bounds, negatives, empty and
# reversed ranges, steps, and a large string sliced many times (must not be quadratic).
s = "hello, world"
for a in [None, -20, -3, 0, 2, 5, 12, 30]:
    for b in [None, -20, -1, 0, 3, 12, 40]:
        print(repr(s[a:b]), end=" ")
    print()
print(s[::2], s[::-1], s[1:9:3], s[9:1:-2], s[:0], s[5:5], s[-1:])
big = "x" * 300000 + "yz"
total = 0
for i in range(30000):
    total += len(big[:0]) + len(big[-2:]) + len(big[i:i + 3])
print(total)
