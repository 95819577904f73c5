# Checks float arithmetic whose operands mix ints and floats (native code converts the int
# operand): the conversion's rounding for ints past 2**53, negative ints and zeros, division
# by an int or float zero (ZeroDivisionError from the interpreter), and operands that turn into
# big ints or strings after the loop was compiled.


def scale(n, k):
    out = 0.0
    for i in range(n):
        x = (2.0 * i - n) / n
        y = k * 0.5 + i
        z = i / 4.0 - 1.5 * k
        out = out + x * y - z
    return out


def rounding(vals):
    acc = []
    for v in vals:
        acc.append(v + 0.0)
        acc.append(0.5 * v)
        acc.append(v - 1.0)
        acc.append(1.0 / (v * 1.0) if v else -0.0)
    return acc


def divide(n, d):
    total = 0.0
    for i in range(n):
        total = total + i / d
    return total


def changing(items):
    total = 0.0
    for v in items:
        try:
            total = total + v * 1.5
        except TypeError:
            total = total + 1000.0
    return total


print(scale(1000, 3))
print(scale(500, -7))
big = 2**53
print(rounding([0, -0, 1, -1, big - 1, big + 1, big + 3, -(big + 1), 2**62 + 1, -(2**63) + 1]))
print(divide(100, 3))
try:
    print(divide(100, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(divide(100, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(changing([1, 2.5, 3, 4.5] * 50 + [2**70, "ab"[:0] or 7, 10**30] + [5, 6.5] * 50))
print(changing([1, 2.5] * 100 + ["s"] + [3, 4.5] * 100))
