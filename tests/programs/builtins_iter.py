# Checks: enumerate (with start), zip, reversed, iter, next (with default), sorted, list of iterators.
names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
print(list(enumerate("ab", start=10)))
ages = [30, 25]
print(list(zip(names, ages)), list(zip("abc", range(3), [True, False, None])), list(zip()))
for n, a in zip(names, ages):
    print(n, "is", a)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
it = iter([10, 20, 30])
print(next(it), next(it))
print(next(it), next(it, "done"), next(it, None))
s = iter("hi")
print(next(s), next(s), next(s, "end"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
it = iter(range(5))
first = next(it)
rest = list(it)
print(first, rest, list(it))
pairs = list(zip([1, 2, 3], [4, 5, 6]))
a_vals = []
b_vals = []
for a, b in pairs:
    a_vals.append(a)
    b_vals.append(b)
print(a_vals, b_vals)
z = zip([1, 2], "xy")
print(next(z), list(z))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "exhausted"))
d = {"x": 1, "y": 2}
print(list(reversed(list(d))), list(enumerate(d)))
