# Augmented assignment on builtins, attributes, items; tuple item += list mutates then raises.
x = 5
x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xF; x ^= 2
print(x)
f = 1.5
f /= 2; f += 1; f **= 2
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1, 2}
st2 = st
st |= {3}; st &= {2, 3}; st -= {2}; st ^= {4}
print(st, st is st2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs, fs2, fs is fs2)


class Obj:
    def __init__(self):
        self.v = 1
        self.items = [0, 0]


o = Obj()
o.v += 10
o.items[1] += 5
print(o.v, o.items)
m = {"k": [1]}
m["k"] += [2]
m.setdefault("n", 0)
m["n"] += 1
print(m)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
try:
    s -= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
b = b"x"
b += b"y"
print(b)
n = 10 ** 18
n *= 100
n //= 7
print(n)
matrix = [[0] * 3 for _ in range(2)]
matrix[1][2] += 9
print(matrix)
