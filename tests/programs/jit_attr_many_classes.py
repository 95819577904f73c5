# Native attribute access (issue #7) at sites that see more classes than a name's cache has
# entries (4): a base class's methods called on instances of 6 subclasses with different
# attribute orders and counts, so entries are evicted and refilled under compiled code;
# loads, stores and method loads must still find each instance's own values.


class Base:
    def total(self):
        return self.a + self.b + self.kind()

    def bump(self, n):
        self.a = self.a + n
        self.b = self.b * 2 % 1000
        return self.a

    def kind(self):
        return 0


def make(i):
    class K(Base):
        def kind(self):
            return i * 100

    K.__name__ = "K%d" % i
    o = K()
    if i % 2:
        o.a, o.b = i, i + 1
    else:
        o.b, o.a = i + 1, i
    for j in range(i):
        setattr(o, "x%d" % j, j)
    return o


objs = [make(i) for i in range(6)]
t = 0
for r in range(300):
    for o in objs:
        t += o.total() + o.bump(r % 7)
print(t)
print([(type(o).__name__, o.a, o.b) for o in objs])
