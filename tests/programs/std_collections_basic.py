# collections: namedtuple, Counter, OrderedDict, ChainMap, defaultdict, deque.
from collections import namedtuple, Counter, OrderedDict, ChainMap, defaultdict, deque
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
a, b = p
print(a + b, p == (1, 2), len(p))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3.__doc__)
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:5])
c.update("aaz")
print(sorted(c.items()))
print(Counter(a=3, b=1) - Counter(a=1), Counter(a=1) + Counter(a=2, b=1))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5, 6]); d.rotate(2)
print(d, d.popleft(), d.pop(), list(reversed(d)), d.maxlen)
