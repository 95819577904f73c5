# Generator pipelines, infinite generators, generator state, iterator protocol throughout.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


def squares(it):
    for v in it:
        yield v * v


def evens(it):
    return (v for v in it if v % 2 == 0)


print(list(take(5, evens(squares(numbers())))))
g = numbers()
print(next(g), next(g), next(g))


def chunks(seq, size):
    buf = []
    for item in seq:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


print(list(chunks(range(7), 3)), list(chunks([], 2)))


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count


ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])


class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, sorted(t, reverse=True))
it = iter(t)
print(iter(it) is it, next(it), list(it))
gen = (c for c in "abc")
print(gen.__next__(), list(zip(gen, numbers())))
pairs = zip(numbers(), "xyz")
print(dict(pairs))
e = enumerate(take(3, numbers()), 10)
print(next(e), list(e))
m = map(lambda a, b: a * b, numbers(), [2, 3, 4])
print(list(m))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
