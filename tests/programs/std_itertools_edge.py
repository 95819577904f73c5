# itertools edge cases: reprs of count/repeat with every kind of number, keyword arguments,
# argument errors and their messages, subclasses of count and chain, tee copies.
import itertools as it
tests = [lambda: repr(it.count(5, -1)), lambda: repr(it.count(1.0)), lambda: repr(it.count(2**70, 2**70)), lambda: repr(it.repeat([1], 2)),
 lambda: list(it.islice(it.count(0.5, 0.25), 3)), lambda: it.count(start=3, step=2).__next__(), lambda: list(it.repeat(times=2, object="z")),
 lambda: list(it.accumulate(iterable=[1, 2], func=lambda a, b: a - b)), lambda: list(it.accumulate([1, 2, 3], initial=None)),
 lambda: list(it.combinations(iterable="abc", r=2)), lambda: list(it.permutations("abc", r=None)), lambda: list(it.product("ab", repeat=2.0)),
 lambda: it.chain(a=1), lambda: list(it.compress(data="abc", selectors=[1, 0, 1])), lambda: list(it.groupby(iterable="aab", key=None))[0][0],
 lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1]), lambda: list(it.zip_longest("a", fill=1)), lambda: it.tee([1], n=2),
 lambda: list(it.starmap(pow, [(2, 3), [3, 2]])), lambda: list(it.starmap(pow, [5])), lambda: list(it.pairwise(x for x in "abc")),
 lambda: next(it.cycle("")), lambda: it.repeat(), lambda: it.cycle(), lambda: it.dropwhile(len), lambda: list(it.takewhile(None, [1])),
 lambda: type(it.tee([])[0]).__name__, lambda: it.tee("ab")[0].__copy__().__next__(), lambda: list(it.product([1, 2], [])),
 lambda: len(list(it.combinations_with_replacement(range(4), 3))), lambda: list(it.chain.from_iterable([[1], "a", (2,)])), lambda: it.chain.from_iterable(5)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class C(it.count):
    pass
print(repr(C(3)), list(it.islice(C(1, 2), 3)))
class Ch(it.chain):
    def extra(self): return 1
print(list(Ch("ab", "c")), Ch().extra())
