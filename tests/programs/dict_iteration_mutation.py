# dict iteration while mutating: RuntimeError for size changes, value changes allowed, keys order, views live
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = -k
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {"a": 1, "b": 2}
for v in list(d.values()):
    d.pop("a", None)
print(d)
keys = d.keys(); items = d.items(); values = d.values()
d["c"] = 3
print(list(keys), list(items), list(values), len(keys))
try:
    for item in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
e = {1: 1}
it = iter(e)
e[2] = 2
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError:", err)
f = {1: "a", 2: "b"}
it = iter(f.values())
print(next(it))
f[1] = "changed"
print(next(it), list(f.values()))
g = {k: None for k in "hello"}
print(list(g), "".join(g))
h = dict.fromkeys(range(3))
for k in list(h):
    h[str(k)] = h.pop(k)
print(h)
