# Classes: instances, attributes, bound methods, class attributes, __init__/__new__, __repr__/__str__.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
print(Point(0, 0).dims)
print(type(p).__name__, type(p) is Point, p.__class__.__name__)
print(sorted(vars(p).items()))
print(Point.__qualname__, Point.__module__)


class Single:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance

    def __init__(self, step=1):
        self.count += step


a = Single()
b = Single(5)
print(a is b, a.count)


class WithStr:
    def __str__(self):
        return "str!"

    def __repr__(self):
        return "repr!"


w = WithStr()
print(w, str(w), repr(w), [w], f"{w} {w!r}")


class Counter:
    total = 0

    def inc(self):
        Counter.total += 1
        return self


c = Counter()
c.inc().inc().inc()
print(Counter.total)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError:", e)
