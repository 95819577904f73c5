# Arithmetic dunders: forward, reflected, in-place, unary, NotImplemented fallbacks.
class V:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"

    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])

    def __mul__(self, k):
        return V(*[a * k for a in self.c])

    def __rmul__(self, k):
        return V(*[k * a for a in self.c])

    def __truediv__(self, k):
        return V(*[a / k for a in self.c])

    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])

    def __mod__(self, k):
        return V(*[a % k for a in self.c])

    def __pow__(self, k):
        return V(*[a ** k for a in self.c])

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __neg__(self):
        return V(*[-a for a in self.c])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))

    def __iadd__(self, o):
        self.c = [a + o for a in self.c]
        return self

    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))

    def __and__(self, o):
        return "and"

    def __rand__(self, o):
        return "rand"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __rshift__(self, o):
        return "rshift"


a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, a - b, a * 2, 3 * a)
print(a / 2, b // 2, b % 4, a ** 2, a @ b)
print(-a, +a, abs(V(3, 4)), ~a, a << 1)
print(a & 1, 1 & a, a | 2, a ^ 3, a >> 1)
c = a
c += 10
print(c, a, c is a)
d = V(1)
d -= V(1)
print(d)
d *= 5
print(d)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)


class Only:
    def __radd__(self, other):
        return f"radd({other})"

    def __rsub__(self, other):
        return f"rsub({other})"


print(5 + Only(), [1] + Only(), 2.5 - Only())
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
