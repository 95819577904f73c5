# The iterator protocol of builtin iterators: __iter__/__next__, exhaustion, laziness of map,
# filter and zip, iter() with a sentinel, enumerate/reversed objects, consuming partially.
it = iter([1, 2, 3])
print(type(it).__name__, it.__next__(), next(it), list(it), list(it), next(it, "done"))
print(iter(it) is it, type(iter("ab")).__name__, type(iter("é")).__name__, type(iter(range(2))).__name__)
calls = []


def noisy(x):
    calls.append(x)
    return x * 10


m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda v: v % 2, range(10))
print(next(f), next(f), list(f))
z = zip("abc", range(10))
print(next(z), list(z))
e = enumerate("xyz", 1)
print(type(e).__name__, next(e), list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
d = {"a": 1, "b": 2}
ki = iter(d)
print(type(ki).__name__, next(ki), type(iter(d.values())).__name__, type(iter(d.items())).__name__)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)), list(data))
s = iter({10, 20})
print(type(s).__name__, sorted(s))


class Fib:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        a, b = 0, 1
        for _ in range(self.n):
            yield a
            a, b = b, a + b


fib = Fib(8)
print(list(fib), list(fib), sum(fib), max(fib), list(zip(fib, fib)))
gen = (x * x for x in range(5))
print(next(gen), list(zip(gen, gen)))
chained = [y for x in [[1, 2], [3]] for y in x]
print(chained, list(map(sum, [[1, 2], [3, 4]])))
print(list(zip(*[iter(range(6))] * 2)))
print(all(iter([])), any(iter([0, 0, 1])), sorted(iter({3: 0, 1: 0})))
try:
    next(iter([]))
except StopIteration as exc:
    print("StopIteration", exc.args)
it2 = iter(range(3))
for v in it2:
    if v == 0:
        print("skipped", next(it2))
print(list(it2))
