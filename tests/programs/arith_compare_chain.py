# Checks: comparisons, chained comparisons (with single evaluation), is / in.
def val(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(1 <= 1 < 2 <= 2, 5 > 3 >= 3 > 2)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(10))
print(1 < 2.5, 2.0 == 2, 3 != 3.0, -1 < False)
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bd" in "abcd")
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}, 5 in {5, 6})
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = 5
print(0 < x < 10 and x != 7, not 0 < x < 3)
