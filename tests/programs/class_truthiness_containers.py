# __bool__/__len__ truthiness (and their errors), __contains__ and the __iter__/__getitem__
# fallbacks of `in` and iteration, __len__ results that are not ints, __iter__ = None,
# __missing__ on dict subclasses, __getitem__ with slices, and __setitem__/__delitem__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), not L(0), "yes" if L(2) else "no", bool(object()))
for f in [lambda: bool(B(1)), lambda: bool(B(None)), lambda: bool(L(-1)), lambda: bool(L("x")), lambda: len(L(2 ** 70)), lambda: len(L(1.5))]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class C:
    def __contains__(self, x):
        return x == 42
class G:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(42 in C(), 1 in C(), 9 in G(), 5 in G(), list(G()), 2 in It(), 7 not in It(), [x for x in G()], sorted(G(), reverse=True))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
for f in [lambda: iter(NoIter()), lambda: 1 in NoIter(), lambda: 1 in 5, lambda: list(5), lambda: iter(C())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
g = Grid()
g[1, 2] = "x"
g[5] = "y"
print(g[1:2], g[::3], g[1:2, 3], g[...], g[1, 2], g[5], g.data)
del g[5]
print(g.data)
try:
    del g[5]
except KeyError as e:
    print("KeyError:", e)
for f in [lambda: object()[0], lambda: G().__setitem__, lambda: C()[0]]:
    try:
        print(type(f()).__name__)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    o = object()
    o[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del C()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
