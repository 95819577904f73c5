# pickle round trips for builtins, nested/shared/recursive containers, classes with __reduce__,
# __getstate__/__setstate__, __slots__ and copyreg registrations, across protocols 0-5; plus
# the errors for unpicklable objects and truncated data. Output avoids the raw bytes.
import pickle
import copyreg
import collections


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Stateful:
    def __init__(self):
        self.secret, self.public = "s", "p"

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, 2


values = [None, True, 1, -(2 ** 70), 3.25, 1j, "héllo", b"\x00\xff", bytearray(b"ba"), (1, (2,)),
          [1, [2]], {"k": [1]}, {1, 2}, frozenset([3]), range(2, 9, 3), slice(1, 5), Point(1, "y"),
          collections.OrderedDict(a=1), collections.Counter("aab"), collections.deque([1, 2]),
          collections.namedtuple("NT", "a b")(1, 2) if False else (1, 2)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(values, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == values, type(data).__name__)
print(pickle.loads(pickle.dumps(values[16:])), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
shared = [1]
lst = [shared, shared]
back = pickle.loads(pickle.dumps(lst))
print(back, back[0] is back[1])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0] is back)
s = pickle.loads(pickle.dumps(Stateful()))
print(sorted(vars(s).items()))
print(pickle.loads(pickle.dumps(Reduced(4))).v)
sl = pickle.loads(pickle.dumps(Slotted(), protocol=2))
print(sl.a, sl.b)


class Celsius:
    def __init__(self, t):
        self.t = t


copyreg.pickle(Celsius, lambda c: (Celsius, (c.t + 1000,)))
print(pickle.loads(pickle.dumps(Celsius(5))).t)
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps((x for x in [])),
            lambda: pickle.loads(b"\x80\x04garbage"), lambda: pickle.loads(pickle.dumps([1, 2])[:-3])]:
    try:
        bad()
    except Exception as e:
        # CPython's C pickler and the pure-Python one raise different classes here.
        print("error", isinstance(e, Exception))
