# dict methods: setdefault, pop with default, popitem LIFO, fromkeys sharing, update forms, copy, get
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d["c"].append(1)
print(d.pop("a"), d.pop("zz", "dflt"), d.pop("b", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
e = {i: i * i for i in range(5)}
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as e2:
    print("KeyError", e2)
f = dict.fromkeys(["x", "y"], [])
f["x"].append(1)
print(f, dict.fromkeys("ab"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
class MyDict(dict):
    pass
print(type(MyDict.fromkeys("a")).__name__, MyDict.fromkeys("ab", 1))
g = {}
g.update({"a": 1}, b=2); g.update([("c", 3)]); g.update(d=4); g.update(); g.update(zip("ef", (5, 6)))
print(g)
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
g.update(KeysOnly()); print(g, dict(KeysOnly()), dict(KeysOnly(), x=1))
print(dict(a=1, b=2), dict([("a", 1)], a=2), dict({"a": 1}), dict(zip("ab", "cd")), dict(), dict([]))
h = {"k": [1]}
c = h.copy(); c["k"].append(2); c["new"] = 0
print(h, c, h.get("k"), h.get("nope"), h.get("nope", 7), "k" in h, len(c))
for bad in [lambda: g.update(1), lambda: g.update([1]), lambda: g.update([(1, 2, 3)]), lambda: dict(1, 2),
            lambda: g.get(), lambda: g.setdefault(), lambda: {[]: 1}, lambda: g.pop(), lambda: dict.fromkeys(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
order = {}
order["z"] = 1; order["a"] = 2; order["m"] = 3
del order["a"]; order["a"] = 4
print(list(order), list(order.values()), order == {"a": 4, "m": 3, "z": 1}, list(reversed(order)))
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {"a": 1} != {"a": 1.0}, {1: 2}.__contains__(1))
