# A loop whose int accumulator overflows 64 bits midway: the compiled fast path must hand over
# to big ints and go on with the exact result.
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

def sums(n):
    t = 9223372036854775000
    for i in range(n):
        t += i
    return t

print(grow(10))
print(grow(60))
print(sums(2000))
print(sums(5) - 9223372036854775000)
big = 2 ** 63 - 1
print(big + 1, -big - 2, big * big)
