# the iterator protocol: __iter__/__next__ classes, __getitem__ sequences, exhaustion, iter(iterator) is itself
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares(), list(zip(Squares(), 'ab')), sorted(Squares(), reverse=True))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), list(it), list(it), next(it, 'x'))
gen = (i for i in range(3))
print(iter(gen) is gen, sum(gen), sum(gen))
class Reiter:
    def __iter__(self):
        yield from 'ab'
r = Reiter()
print(list(r), list(r), ''.join(r), dict.fromkeys(r), set(r) == {'a', 'b'})
class Stops:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 2:
            raise StopIteration('value')
        return self.i
s = Stops()
print(list(s), next(s), next(s))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", repr(e))
