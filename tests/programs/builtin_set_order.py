# Sets iterate in CPython's order: set displays, set() of iterables, comprehensions, the set
# algebra, add/discard/pop sequences, frozensets, with ints and strings.
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
print({"apple", "banana", "cherry", "date"})
print(set(words))
s = set()
for w in words:
    s.add(w)
print(s)
print({w[0] for w in words}, {len(w) for w in words})
print(set("mississippi"), frozenset("hello"))
a = {1, 2, 3, 4, 5, 6, 7, 8}
b = {5, 6, 7, 8, 9, 10, 11, 12}
print(a | b, a & b, a - b, b - a, a ^ b)
print(set(words[:4]) | set(words[3:]), set(words) & {"fig", "date", "kiwi"})
print(set(words) - {"apple"}, set(words[:3]) ^ set(words[2:5]))
big = set(range(0, 200, 7))
print(big)
print({x * 37 % 101 for x in range(30)})
s = set(range(10))
for x in [3, 5, 7]:
    s.discard(x)
s.add(100)
s.add(33)
print(s)
popped = [s.pop() for _ in range(4)]
print(popped, s)
t = {"x", "y", "z", "w"}
t.update(["a", "b"])
t.difference_update({"x"})
print(t, sorted(t))
t.intersection_update({"a", "b", "y", "q"})
print(t)
u = {-1, -2, -3, 0, 1, 2}
print(u, {2**40, 2**41, 3}, {0.5, 1.5, 2.5, 100.25})
print({(1, 2), (2, 1), (0, 0)}, {False, True, 2})
d = {k: None for k in words}
print(set(d), set(d.keys()) & {"fig", "apple"}, d.keys() | {"zz"})
print([sorted(x) for x in [{3, 1, 2}, set("cab")]])
