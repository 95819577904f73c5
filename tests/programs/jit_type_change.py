# A variable that changes from int to float (and to other types) in a compiled loop.
def mixed(n):
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc = acc + 0.5
        acc = acc + i
    return acc

def morph(items):
    out = []
    for x in items:
        y = x + x
        out.append(y)
    return out

print(mixed(10), mixed(101))
print(morph([1, 2.5, "ab", [1], (2,), True]))
total = 0
for v in [1, 2, 3.0, 4, 5.5]:
    total = total * 2 + v
print(total)
