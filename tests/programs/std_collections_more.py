# collections: abc-based custom containers, UserDict/UserList, Counter arithmetic, deque ops.
from collections import UserDict, UserList, UserString, Counter, OrderedDict, deque, defaultdict, namedtuple
from collections.abc import MutableMapping, Sequence
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry()
r["A"] = 1; r.update(B=2); r.setdefault("c", 3)
print(dict(r), "a" in r, r.get("z", 0), r.pop("b"), len(r), list(r.items()))
class Up(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
u = Up(a=1); u["b"] = 2
print(u, u.data, isinstance(u, MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4)
print(ul, ul[1:], len(ul), UserString("abc").upper())
c = Counter(a=3, b=1, c=0)
print(c.total(), +c, c & Counter(a=1), c | Counter(b=5), list(c.elements()))
od = OrderedDict.fromkeys("abc")
print(od, od == OrderedDict.fromkeys("abc"), list(reversed(od)))
d = deque(range(5))
d.extendleft([9, 8]); d.remove(3)
print(d, d.index(4), d.count(9), d[2], d.copy())
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], sorted(t["a"]))
N = namedtuple("N", "a b", rename=False, module="m")
print(N(1, 2)._asdict(), N.__module__, issubclass(N, tuple), isinstance(N(1, 2), Sequence))
