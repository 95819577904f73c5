# Checks: for loops over lists/strings/ranges/dicts with break/continue/else; loop variable after loop.
for x in [1, 2, 3]:
    print("x", x)
print("after loop x =", x)
for ch in "hi":
    print(ch)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(10):
    if i % 3 != 0:
        continue
    print("multiple of 3:", i)
for i in []:
    print("never")
else:
    print("empty for-else")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for key in {"a": 1, "b": 2}:
    print("key", key)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (p, q) in enumerate([("x", "y"), ("z", "w")]):
    print(i, p, q)
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        out.append((i, j))
print(out)
items = [1, 2, 3]
for v in items:
    v = v * 10
print(items)
