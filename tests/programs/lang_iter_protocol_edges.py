# The iterator protocol: iter() with a sentinel, __iter__ returning non-iterators, exhausted
# iterators staying exhausted, __next__ raising StopIteration with a value, for-loop over
# objects with __getitem__, reversed() with __reversed__/__len__+__getitem__, and zip/map
# stopping at the shortest.
import itertools

vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)))
print(next(vals))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoIter:
    pass


try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), next(c, "default"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration args:", e.args)


class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 5


print(list(Squares()), list(reversed(Squares())), 9 in Squares(), sorted(Squares(), reverse=True))


class Rev:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Rev())))
try:
    reversed(NoIter())
except TypeError as e:
    print("TypeError:", e)

consumed = []


def gen(tag, n):
    for i in range(n):
        consumed.append(f"{tag}{i}")
        yield i


print(list(zip(gen("a", 3), gen("b", 2))), consumed)
consumed.clear()
print(list(map(lambda x, y: x + y, gen("m", 5), [10, 20])), consumed)
it = iter(range(5))
print(list(itertools.islice(it, 2)), list(it))
print(list(enumerate("ab", start=5)), dict(zip("xy", itertools.count())))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
it2 = iter([1, 2])
print(iter(it2) is it2, list(it2), list(it2))
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
