# itertools: count, cycle, repeat (with reprs), accumulate (func, initial), chain and
# chain.from_iterable, compress, dropwhile, takewhile, filterfalse, islice (all argument forms
# and errors), pairwise, starmap, zip_longest; laziness with infinite inputs.
import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile
from itertools import takewhile, filterfalse, islice, pairwise, starmap, zip_longest

c = count()
print(next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), repr(count(1.5, 0.5)), repr(count(3, 1)), repr(count(3, 2)))
print(list(islice(count(2**64), 2)), list(islice(count(1, -0.25), 3)))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
r = repeat("x", 3)
print(repr(r), list(r), repr(r), repr(repeat(None)), list(repeat(1, -2)))
print(list(zip(range(3), repeat(7))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=100)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 0)), next(it))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",), (None, None, None), (-1, 3), (1, -2), (1.0,), (0, 3, 1.5), (2**70,), (1, 2**70)]:
    try:
        print(list(islice(range(10), *args)))
    except ValueError as e:
        print("ValueError", e)
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a + b, [[1, 2]])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(zip_longest(range(3), "ab", [None])))
print(next(iter(chain([5]))), iter(c) is c)
for name in ["count", "chain", "islice", "zip_longest", "groupby"]:
    t = getattr(itertools, name)
    print(t.__name__, type(t).__name__, t.__module__)
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
try:
    chain(1)
    print(list(chain(1)))
except TypeError as e:
    print("TypeError", e)
try:
    cycle(5)
except TypeError as e:
    print("TypeError", e)
