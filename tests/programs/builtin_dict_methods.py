# dict: methods, views with set operations, |, |=, equality, fromkeys, mutation during iteration.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d["new"] = 1
print(k, len(k), "new" in k, d.values(), d.items())
print({"a": 1, "b": 2}.keys() & {"b", "c"}, sorted({"a": 1}.keys() | {"z"}), {"a": 1, "b": 2}.keys() - {"a"})
print({"a": 1}.items() <= {"a": 1, "b": 2}.items(), ("a", 1) in {"a": 1}.items(), {"a": 1}.keys() == {"a"})
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2=3))
m = {"a": 1} | {"b": 2, "a": 3}
m |= {"c": 4}
print(m, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} != {"a": 1})
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
c = d.copy()
c.clear()
print(c, len(d) > 0)
try:
    for key in d:
        d["added"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
try:
    d[[1]]
except TypeError as err:
    print("TypeError:", err)
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print("ValueError:", err)
try:
    {"a": 1}["b"]
except KeyError as err:
    print("KeyError:", err, repr(err))
nested = {"x": {"y": [1, {"z": None}]}}
print(nested, nested["x"]["y"][1]["z"])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.values()))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print({i: i * i for i in range(4)}.get(3), dict(zip("ab", [1, 2])), {**d, "a": 0}["a"])
dd = {"b": 1, "a": 2}
del dd["b"]
dd["b"] = 3
print(dd, str({1: "a"}), repr({"q": "'"}))
try:
    {} | []
except TypeError as err:
    print("TypeError:", err)
