# tuple: construction, count/index, comparisons, hashing, concatenation and repetition, unpacking errors
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:3], t[::-1], t * 2, t + (5,), () == tuple(), tuple('ab'), tuple(range(3)))
print((1,) < (1, 2), (2,) > (1, 9), (1, 'a') == (1, 'a'), hash((1, 2)) == hash((1, 2)), (1, 2) != (2, 1))
for f in [lambda: t.index(9), lambda: t + [1], lambda: hash((1, [2])), lambda: t[10], lambda: t.__setitem__(0, 1), lambda: (1, 'a') < ('a', 1)]:
    try:
        f()
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
a, *b = t
print(a, b)
try:
    x, y = t
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z, w, v = t
except ValueError as e:
    print("ValueError:", e)
print(repr((1,)), repr(()), repr(((),)), str((1, 'a')), len(t), 3 in t, max(t), sorted(t))
nested = ((1, 2), (3, 4))
print(dict(nested), [sum(p) for p in nested], tuple(x * 2 for x in t))
class T(tuple):
    pass
tt = T([1, 2])
print(tt, type(tt + (3,)).__name__, type(tt[0:1]).__name__, tt == (1, 2))
