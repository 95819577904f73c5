# copy: copy and deepcopy of builtins, nested structures, cycles, custom __copy__/__deepcopy__.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
d = {"x": (1, [2])}
e = copy.deepcopy(d)
print(e, e["x"][1] is d["x"][1])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
class P:
    def __init__(self, v):
        self.v = v
        self.items = [v]
p = P(3)
q = copy.deepcopy(p)
r = copy.copy(p)
print(q.v, q.items is p.items, r.items is p.items, type(q).__name__)
class C:
    def __copy__(self):
        return "shallow!"
    def __deepcopy__(self, memo):
        return "deep!"
print(copy.copy(C()), copy.deepcopy(C()))
print(copy.copy((1, 2)), copy.deepcopy(frozenset({1})), copy.copy(set([1, 2])))
