# Checks: dict methods get, keys, values, items, pop, setdefault, update.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, "=", v)
print(d.pop("a"), d, d.pop("zz", "default"))
print(d.setdefault("b", 50), d.setdefault("c", 3), d.setdefault("d"), d)
d.update({"b": 20, "e": 5})
print(d)
d.update(f=6, b=200)
print(d)
d.update([("g", 7)])
print(d)
print("b" in d.keys(), 200 in d.values(), ("e", 5) in d.items())
print(len(d.keys()), sorted(d.values(), key=lambda v: -1 if v is None else v))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv[v] = inv.get(v, "") + k
print(inv)
try:
    d.pop("nothing")
except KeyError as e:
    print("KeyError", e)
