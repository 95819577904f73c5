# Exceptions raised inside a compiled loop and caught outside it (and inside it).
def divide_all(values):
    out = []
    for v in values:
        out.append(100 // v)
    return out

try:
    divide_all([5, 4, 0, 2])
except ZeroDivisionError as e:
    print("caught:", e)

def safe(values):
    out = []
    for v in values:
        try:
            out.append(10 / v)
        except ZeroDivisionError:
            out.append(None)
    return out

print(safe([1, 0, 4, 0.0]))

def find(items, target):
    i = 0
    while True:
        if items[i] == target:
            return i
        i += 1

print(find([3, 1, 4], 4))
try:
    find([3, 1, 4], 9)
except IndexError as e:
    print("IndexError:", e)

def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1

try:
    deep(50)
except ValueError as e:
    print(type(e).__name__, e)
