# Typed native code storing floats into lists leaves for the interpreter when a store is not
# the plain case it was compiled for: the old item is an object (its reference must go), the
# index is out of range (IndexError, caught outside), negative, or the list is another one.


def scale(v, k):
    for i in range(len(v)):
        x = v[i] * k
        v[i] = x
    return v


a = [1.0, 2.0, 3.0]
for _ in range(2000):
    scale(a, 1.0)
print(a)


def poke(v, i, x):
    y = x * 2.0
    v[i] = y
    return v


for _ in range(3000):
    poke(a, 1, 1.5)
print(a)
b = ["s", [1], 2.0]
print(poke(b, 0, 4.0), poke(b, 1, 5.0), poke(b, -1, 6.0))
try:
    poke(a, 3, 1.0)
except IndexError as e:
    print("IndexError:", e)
t = (1.0, 2.0)
try:
    poke(t, 0, 1.0)
except TypeError as e:
    print("TypeError:", e)
print(poke([0.0] * 2, -2, 0.25))
