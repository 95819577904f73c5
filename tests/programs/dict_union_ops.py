# dict | and |= with dicts, subclasses and other mappings; update order; equality of unions; errors
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a, (a | b) is not a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {"y": None}.items()
print(c)
from collections import OrderedDict, defaultdict, Counter
print(OrderedDict(a) | b, type(OrderedDict(a) | b).__name__, type(a | OrderedDict(b)).__name__)
dd = defaultdict(int, a) | b
print(type(dd).__name__, dd["missing"], sorted(dd.items()))
print(Counter("aab") | Counter("bbc"), Counter("ab") + Counter("b"))
for bad in [lambda: a | [("k", 1)], lambda: a | 1, lambda: [("k", 1)] | a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
d = {}
try:
    d |= 5
except TypeError as e:
    print("TypeError:", e)
class D(dict):
    pass
u = D(p=1) | {"q": 2}
print(type(u).__name__, u)
print({1: "a"} | {1.0: "b"}, {True: 1} | {1: 2}, list(({"b": 1} | {"a": 2}).keys()))
