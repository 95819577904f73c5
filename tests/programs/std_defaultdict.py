# _collections.defaultdict: default_factory, __missing__, repr, copy, dict behaviour
# (len, items, iteration, get, in, update), KeyError without a factory, errors, subclassing,
# the | operator; and _count_elements, Counter's counting loop.
from _collections import defaultdict, _count_elements

d = defaultdict(int)
for w in "the quick the lazy the end".split():
    d[w] += 1
print(d, len(d), d["none"], sorted(d.items()), d.get("other"), "other" in d)
print(repr(d), d.default_factory, isinstance(d, dict), type(d).__name__)
l = defaultdict(list)
l["a"].append(1)
l["a"].append(2)
l["b"].append(3)
print(l, dict(l), list(l), list(l.keys()), list(l.values()))
n = defaultdict(None, {1: 2})
print(n, n.default_factory)
try:
    n[5]
except KeyError as e:
    print("KeyError", e)
c = l.copy()
c["c"].append(9)
print(c, l, type(c).__name__, c.default_factory is list)
s = defaultdict(lambda: "?", a=1)
print(s["a"], s["b"], sorted(s.items()))
s.default_factory = set
print(s["zz"], s.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(dict(nested["x"]), len(nested))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
print(defaultdict(int, [(1, 2)]) | {3: 4}, {0: 0} | defaultdict(str, {1: 1}))
e = defaultdict(int)
print(e.setdefault("k", 5), e.pop("k"), e, e.__missing__("m"), e)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(list(t), list(t["a"]), type(t["a"]).__name__)
counts = {}
_count_elements(counts, "abracadabra")
print(counts)
_count_elements(counts, [])
print(defaultdict.__name__, defaultdict.__module__)
