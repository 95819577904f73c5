# tuple and list comparisons: lexicographic order, mixed numbers, nan, identity shortcut, errors
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((), (0,)), ((1, "a"), (1, "b")),
         ((1.0, 2), (1, 2)), ((True,), (1,)), ((1, (2, 3)), (1, (2, 4))), (([1],), ([1],))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
    la, lb = list(a), list(b)
    print(la == lb, la < lb, la >= lb)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), [nan] == [nan], t < t, [t] == [t], nan in [nan], [nan].count(nan), [nan].index(nan))
x = (1, nan)
print(x == (1, nan), x < (1, nan), x < (2, nan), (1, 2) < (1, nan), (1, nan) <= (1, nan))
for bad in [lambda: (1, 2) < (1, "a"), lambda: [1] < (1,), lambda: (1,) < [1], lambda: [None] < [None],
            lambda: (1, {}) > (1, {})]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print((1, 2) == [1, 2], [1, 2] != (1, 2), (1,) + (2,), (1, 2) * 2, 3 * (0,), (1, 2, 3)[::-1], (1, 2).index(2))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[3], [1, 2], [1]]), sorted([(2, 1), (1, 2), (1, 1)]))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Eq) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
e = Eq(1)
print((e,) == (e,), [Eq(1)] == [Eq(1)], (Eq(1), 1) < (Eq(2), 0))
print(tuple("ab") < tuple("b"), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2).count(3))
