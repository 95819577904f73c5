# dict views: set operations on keys/items, comparisons, reversed(), isdisjoint, mapping attribute
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(sorted(ka & {"x", "q"}), sorted({"x", "q"} & ka), sorted(ka | ["q"]), sorted(["x", "w"] - ka))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.items() ^ b.items()))
print(type(ka & kb).__name__, type(a.items() | b.items()).__name__)
print(ka == {"x", "y", "z"}, ka != {"x"}, ka < {"x", "y", "z", "w"}, ka <= set(ka), ka > {"x"}, ka >= {"q"})
print(a.items() == {("x", 1), ("y", 2), ("z", 3)}, ("x", 1) in a.items(), ("x", 2) in a.items(), ["x", 1] in a.items())
print(ka.isdisjoint({"q"}), ka.isdisjoint(["x"]), a.items().isdisjoint([("x", 1)]))
print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
print(type(reversed(a.values())).__name__, type(reversed(a.items())).__name__)
print(len(ka), len(a.values()), "x" in ka, 1 in a.values())
print(repr(ka), repr(a.values()), repr(a.items()))
print(a.values() == a.values(), a.keys() == a.keys())
c = dict.fromkeys("abc", 0)
kc = c.keys()
c["d"] = 1
del c["a"]
print(list(kc), sorted(kc - {"b"}))
try:
    a.values() | {1}
except TypeError as e:
    print("TypeError:", e)
try:
    ka < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ka)
except TypeError as e:
    print("TypeError:", e)
d = {1: "a", 2: "b"}
it = reversed(d)
d[3] = "c"
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(a.items() & b.items()), {**a, **b} == a | b, a | b, b | a)
e = dict(a); e |= [("q", 9)]; print(e)
