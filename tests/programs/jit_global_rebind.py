# A global rebound while a compiled function runs, and a class attribute changed under a loop.
SCALE = 2

def scaled(n):
    global SCALE
    out = []
    for i in range(n):
        out.append(i * SCALE)
        if i == 2:
            SCALE = 10
    return out

class Counter:
    step = 1

def count(c, n):
    total = 0
    for i in range(n):
        total += c.step
        if i == 3:
            Counter.step = 100
    return total

print(scaled(5))
print(SCALE)
print(count(Counter(), 6))
def helper(x):
    return x + 1
def calls(n):
    s = 0
    for i in range(n):
        s = helper(s)
    return s
print(calls(5))
helper = lambda x: x * 2 + 1
print(calls(5))
