# Checks: dict displays, d[k], d[k] = v, del, in, len, insertion order, overwrite keeps position, KeyError.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"])
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, "two" in d, "three" in d, 3 in d)
d["two"] = 2
print(d)
for k in d:
    print(k, d[k])
e = {}
e[1] = "int"
e[1.5] = "float"
e[(1, 2)] = "tuple"
e["s"] = "str"
e[True] = "bool overwrites 1"
e[None] = "none"
print(e, len(e))
print({1: "a", 1: "b"}, {} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(list(d), sorted(d), str({"q": [1, 2]}))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
nested["outer"]["inner"].append(3)
print(nested)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
