# Assignment and unpacking corners: starred targets in nested patterns, swap via tuples,
# chained assignment order, augmented assignment on subscripts/attributes evaluating once,
# unpacking errors (too many/few), and starred expressions in literals and calls.
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
*x, y = "abc"
p, *q = [1]
print(x, y, p, q)
first, *_, last = range(10)
print(first, last)
a, b = b, a
print(a, b)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
m = n = []
m.append(1)
print(m is n, n)
calls = []
def key():
    calls.append("key")
    return 0
data = [10]
data[key()] += 5
print(data, calls)
class Obj:
    def __init__(self):
        self.v = 1
o = Obj()
o.v += 1
o.v *= 10
print(o.v)
for src in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "(a, b), c = 1, 2", "a, b = 5"]:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(), **{"x": 1}, y=2), f(*"ab", **dict(z=0)))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
for k, (v1, v2) in {"a": (1, 2), "b": (3, 4)}.items():
    print(k, v1 + v2, end=" ")
print()
[e1, [e2, e3]] = (1, (2, 3))
print(e1, e2, e3)
t = 1, 2
u = 3,
print(t, u, type(u).__name__, () == tuple())
x = y = z = "same"
print(x is y is z)
