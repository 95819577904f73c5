# Identity semantics programs can observe: small ints and interned strings are shared,
# `is` on None/True/False/Ellipsis/NotImplemented, empty tuple singleton, and `is not` with
# containers that are equal but distinct.
a = 256
b = 255 + 1
print(a is b, int("7") == 7)
print(None is None, True is (1 == 1), ... is Ellipsis, NotImplemented is NotImplemented)
e1 = ()
print(e1 is e1, [] is not [], {} == {}, [] == [])
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, x is not z)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s1)
print(type(None)() is None, type(...)() is ..., bool(0) is False)
f = 0.5
print(f is f, float("nan") != float("nan"), [float("nan")] == [float("nan")] if False else True)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,))
print(id(x) == id(y), id(x) != id(z))
print(frozenset() == frozenset())
