# Checks: list.sort and sorted with key= and reverse=, stability, sorting strings and tuples.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1, 2, 0.5]), sorted([]), sorted((3, 1, 2)), sorted("cab"))
print(sorted({"b": 1, "a": 2}), sorted([-3, 2, -1], key=abs))
r = a.sort()
print(r)
def neg(x):
    return -x
print(sorted(range(10), key=neg))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
