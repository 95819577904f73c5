# itertools: product (repeat), permutations, combinations, combinations_with_replacement (edge
# cases r=0, r>n, empty pools, errors), groupby (with and without key, stale groupers), tee.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
from itertools import groupby, tee

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations("ABC", 2)), len(list(permutations(range(5)))), list(permutations([])))
print(list(permutations("ab", 3)), list(permutations("abc", 0)), list(permutations(range(3))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations("ab", 0)), list(combinations([], 0)), len(list(combinations(range(10), 4))))
print(list(cwr("ABC", 2)), list(cwr([], 2)), list(cwr([], 0)), list(cwr("ab", 3)))
for f, args in [(permutations, ("ab", -1)), (combinations, ("ab", -2)), (combinations, ("ab",)), (product, ("a",))]:
    try:
        print(list(f(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    product("a", repeat=-1)
except ValueError as e:
    print("ValueError", e)

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 7, 9, 10], key=lambda x: x % 2)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyyz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), [k for k, g in it])
print(list(groupby([])), [(k, len(list(g))) for k, g in groupby([1.0, 1, True, 2])])

a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee([1], 0))
p, q = tee(iter([1, 2, 3]))
r, s = tee(p)
print(next(q), list(r), list(s), list(p), list(q))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
