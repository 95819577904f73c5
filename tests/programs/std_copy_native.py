# copy and deepcopy of the native containers: deque (maxlen kept, items deep-copied, subclass
# attributes), defaultdict (factory kept), array (typecode kept); their __reduce__ results.
import copy
from collections import deque, defaultdict
from array import array

d = deque([1, [2]], 5)
e = copy.deepcopy(d)
e[1].append(3)
s = copy.copy(d)
s[1].append(4)
print(d, e, s, e.maxlen, type(d.__reduce__()[3]).__name__, d.__reduce__()[:3])
print(deque([1]).__reduce__()[:3])
dd = defaultdict(list, a=[1])
f = copy.deepcopy(dd)
f["a"].append(2)
f["new"].append(0)
print(dd, f, copy.copy(dd) == dd, defaultdict().__reduce__()[:4])
a = array("d", [1.5, 2.5])
b = copy.deepcopy(a)
b[0] = 9.0
print(a, b, copy.copy(a), a.__reduce_ex__(2))


class D(deque):
    pass


x = D([1, 2])
x.tag = "t"
y = copy.deepcopy(x)
print(type(y).__name__, y, y.tag, x.__reduce__()[:3])
nested = {"q": deque([[1], [2]]), "c": defaultdict(int, k=1)}
deep = copy.deepcopy(nested)
deep["q"][0].append(5)
deep["c"]["k"] += 1
print(nested, deep)
