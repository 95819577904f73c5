# Checks: min/max with iterables, multiple args, key=; sum with start; abs; len of many types.
print(max(3, 9, 2), min(3, 9, 2), max([5, 1]), min((5, 1)), max("hello"), min("b", "a", "c"))
print(max([1, -7, 3], key=abs), min(["bb", "a", "ccc"], key=len), max("xy", "abc", key=len))
print(max([(1, "b"), (1, "c"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max([2, 2.5, 1]), min(-0.5, 0), max(True, False))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(10)), sum([0.5, 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(abs(-3), abs(3.5), abs(-0.0), abs(-(2 ** 70)), abs(True))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(5)), len(""))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
