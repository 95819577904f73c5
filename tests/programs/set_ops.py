# Checks: set displays, set(), add, remove, discard, in, len, | & - ^ (printed via sorted).
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s, 5 not in s)
e = set()
print(len(e), sorted(e), type(e), bool(e))
e.add(10)
e.add(10)
e.add(5)
print(sorted(e))
e.remove(10)
e.discard(999)
e.discard(5)
print(sorted(e), len(e))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
c = set([1, 1, 2, 2, 3])
print(sorted(c), sorted(set("mississippi")), sorted(set((5, 4, 5))))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == {2, 1})
seen = set()
dups = []
for x in [4, 1, 4, 2, 1, 7, 4]:
    if x in seen:
        dups.append(x)
    else:
        seen.add(x)
print(sorted(seen), dups)
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len))
try:
    s.remove(42)
except KeyError as err:
    print("KeyError", err)
