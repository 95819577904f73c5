# Class calls and operator methods the interpreter enters without recursing: __init__ results
# (None required), operators returning NotImplemented (reflected method, then TypeError),
# in-place operators with and without __iadd__, exceptions inside __init__ and operator methods.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __mul__(self, k):
        if k == 0:
            raise ZeroDivisionError("scale by zero")
        return V(self.x * k, self.y * k)
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 5 + a)
try:
    print(a + 5)
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    a * 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
c = a
c += b
print(c, a, c is a)

class W(V):
    def __iadd__(self, o):
        self.x += o.x
        return self

w = W(1, 1)
w2 = w
w += V(2, 2)
print(w, w is w2, type(w).__name__)

class Bad:
    def __init__(self, n):
        self.n = n
        if n > 1:
            return n

print(Bad(1).n)
try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative " + str(n))
        self.n = n

def make(n):
    return Raises(n).n

print([make(i) for i in range(3)])
try:
    make(-1)
except ValueError as e:
    print("ValueError:", e)

class NoInit:
    pass

print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __add__(self, o):
        return R(self.v + o.v)

print(sorted([R(3), R(1), R(2)], key=lambda r: r.v)[0].v)
print(sum([R(1), R(2)], R(0)).v)
print((R(1) + R(2) + R(3)).v)
