# sets: comprehension, iteration order of small ints, mutation during iteration, hashing of mixed types, len/in
s = {x % 5 for x in range(20)}
print(sorted(s), len(s), 3 in s, 7 in s, {x for x in "hello"} == set("helo"))
print(list({3, 1, 2}), list({10, 5, 1, 100}), list({-1, -2, 0}), list(set(range(10))))
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
u = {1, 2, 3}
for x in list(u):
    u.discard(x)
print(u)
mixed = {1, 1.0, True, "1", (1,), frozenset([1]), None}
print(len(mixed), 1.0 in mixed, (1.0,) in mixed, frozenset({1.0}) in mixed, None in mixed)
print(set() == frozenset(), set() is not set(), {1, 2} <= {1, 2}, {1} < {1}, {()} == {()}, set("aab") == {"a", "b"})
a = {"x", "y"}
b = a
b |= {"z"}
print(sorted(a), a is b)
c = frozenset("ab")
d = c
d |= {"q"}
print(sorted(c), sorted(d), c is d)
print(sorted({1, 2} | {3} & {3, 4} - {4}), sorted(({1, 2} | {3}) & {3, 4}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), sorted(len(x) for x in nested))
print(sorted(set.union(*[{1}, {2}, {3}])), sorted(set.intersection(*[{1, 2}, {2, 3}])), set().union())
print(sorted({1, 2, 3}.difference(), key=int), {1}.issubset([1, 2]), frozenset("abc").issuperset("ab"))
