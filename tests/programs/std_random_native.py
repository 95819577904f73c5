# _random.Random: CPython's Mersenne Twister seeded from ints (any size and sign), floats and
# strings' hashes; random(), getrandbits(k) for small and large k, getstate/setstate, errors;
# a Python subclass calling the base methods through super(), as random.py does.
import _random

r = _random.Random(42)
print(r.random(), r.random())
print(r.getrandbits(0), r.getrandbits(5), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for s in [0, 1, -1, 2**32, 2**32 - 1, -123456789012345678901234567890, 10**50, True]:
    r.seed(s)
    print(s, r.random(), r.getrandbits(64))
r.seed(3.5)
print(r.random())
r.seed(-2.25)
print(r.random())
st = r.getstate()
a = [r.random() for i in range(5)]
r.setstate(st)
print(a == [r.random() for i in range(5)], len(st), st[-1])
r2 = _random.Random()
r2.setstate(st)
print(r2.random() == a[0])
for bad in [(1, 2), [0] * 625, tuple([0] * 624 + [625])]:
    try:
        r.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    r.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    _random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)


class Sub(_random.Random):
    def __init__(self, x=None):
        self.seed(x)
        self.extra = 1

    def seed(self, a=None):
        super().seed(a)

    def below(self, n):
        k = n.bit_length()
        v = self.getrandbits(k)
        while v >= n:
            v = self.getrandbits(k)
        return v


s = Sub(2024)
print([s.below(10) for i in range(15)], s.extra, isinstance(s, _random.Random))
print(type(r).__name__, type(r).__module__)


class TwoArgs(_random.Random):
    def __init__(self, a, b):
        self.seed(a * 1000 + b)


class Plain(_random.Random):
    pass


print(TwoArgs(1, 2).random() == _random.Random(1002).random(), Plain(5).random() == _random.Random(5).random())
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    _random.Random(x=1)
except TypeError as e:
    print("TypeError", e)
