# itertools recipes from the CPython docs built from the native iterators: take, tabulate,
# consume, nth, all_equal, grouper, roundrobin, partition, powerset, unique_everseen,
# unique_justseen, sliding windows, flatten; laziness over generators and errors raised mid-way.
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, repeat, starmap, tee, zip_longest)
import collections


def take(n, it):
    return list(islice(it, n))


def tabulate(f, start=0):
    return map(f, count(start))


def consume(it, n=None):
    if n is None:
        collections.deque(it, maxlen=0)
    else:
        next(islice(it, n, n), None)


def nth(it, n, default=None):
    return next(islice(it, n, None), default)


def all_equal(it):
    g = groupby(it)
    return next(g, True) and not next(g, False)


def grouper(it, n, fillvalue=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, it):
    t1, t2 = tee(it)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(it, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, it) if key is None else it:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(it, key=None):
    return map(next, map(lambda g: g[1], groupby(it, key)))


def sliding_window(it, n):
    it = iter(it)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


print(take(5, tabulate(lambda x: x * x)), nth(count(3), 4), nth(iter([]), 2, "none"))
it = iter(range(10))
consume(it, 3)
print(next(it))
consume(it)
print(list(it), all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
odd, even = partition(lambda x: x % 2, range(10))
print(list(odd), list(even), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window(range(6), 3)), list(pairwise(accumulate(repeat(2, 5)))))
print(list(starmap(lambda *a: sum(a), zip(count(), repeat(10, 3), range(100, 103)))))
print(take(4, compress(count(), cycle([1, 0, 0]))))


def gen():
    yield 1
    yield 2
    raise ValueError("boom")


for make in [lambda: list(chain([0], gen())), lambda: list(islice(gen(), 5)), lambda: list(zip_longest(gen(), "ab")),
             lambda: list(accumulate(gen())), lambda: [k for k, g in groupby(gen())], lambda: list(tee(gen())[0])]:
    try:
        print(make())
    except ValueError as e:
        print("ValueError", e)
c = chain(gen())
print(next(c), next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError", e, list(c))
