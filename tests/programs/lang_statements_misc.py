# del (names, attributes, items, slices), assert with messages, while/for-else, walrus,
# chained comparisons, is/in, pass, star-unpacking.
a, *b, c = range(6)
print(a, b, c)
first, *rest = "hello"
*init, last = [1]
print(first, rest, init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
p, *q = 1, 2
print(p, q)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
lst = list(range(10))
del lst[1], lst[-1]
del lst[::3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)


class O:
    pass


o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
v = 5
del v
try:
    v
except NameError as e:
    print("NameError:", e)
for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran")
n = 0
while n < 3:
    n += 1
    if n == 2:
        break
else:
    print("not printed")
print("n", n)
while False:
    pass
else:
    print("while-else ran")
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], None
except AssertionError as e:
    print("AssertionError args:", e.args)
if (m := len("walrus")) > 3:
    print("walrus", m)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 != 2, "a" < "b" <= "b")


def side(v):
    print("eval", v)
    return v


print(side(1) < side(2) < side(3))
print(side(5) < side(2) < side(3))
print(None is None, [] is [], 1 in [1], "x" not in "abc", 2 is not None)
s = [1, 2, 3, 4, 5]
s[1:3] = ["a", "b", "c"]
print(s)
s[::2] = [0, 0, 0]
print(s)
s[:] = []
print(s)
print(type(...).__name__, ... is Ellipsis)
