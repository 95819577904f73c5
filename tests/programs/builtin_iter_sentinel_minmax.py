# Checks: iter with a sentinel, min/max with key/default, sum with start, divmod/pow 3-arg.
it = iter([1, 2, 3, 0, 5].pop, 3)
print(list(it))
print(min([], default=-1), max([3, 1, 2], key=lambda v: -v))
print(max("aa", "b", "ccc", key=len), min((4, 2), (4, 1)))
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.5, 0.25], 1))
print(divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1, 7))
print(list(enumerate("ab", start=5)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
