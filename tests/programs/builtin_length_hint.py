# __length_hint__ of builtin iterators and operator.length_hint
import operator
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])))
print(operator.length_hint((x for x in []), 5), operator.length_hint(object(), 7))
it = iter(range(10))
next(it); next(it)
print(it.__length_hint__(), operator.length_hint(it))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__())
it = iter((1, 2, 3, 4)); next(it); next(it); next(it)
print(it.__length_hint__())
it = iter("héllo"); next(it)
print(it.__length_hint__())
d = {1: 2, 3: 4, 5: 6}
for view in (d, d.keys(), d.values(), d.items()):
    it = iter(view); next(it)
    print(type(it).__name__, it.__length_hint__())
it = iter({1, 2, 3}); next(it)
print(it.__length_hint__())
print(reversed([1, 2, 3]).__length_hint__(), reversed(range(4)).__length_hint__())
r = reversed("abcd"); next(r)
print(r.__length_hint__())
it = iter(range(10**20, 10**20 + 4)); next(it)
print(type(it).__name__, it.__length_hint__())
it = iter([1]); next(it, None); next(it, None)
print(it.__length_hint__())
class A:
    def __length_hint__(self):
        return 42
class B:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 99
class C:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(A()), operator.length_hint(B()), operator.length_hint(C(), 4))
class D:
    def __length_hint__(self):
        return -1
try:
    operator.length_hint(D())
except ValueError as e:
    print("ValueError:", e)
try:
    operator.length_hint([], "x")
except TypeError as e:
    print("TypeError:", e)
print(list(map(str, range(3))), len(list(iter(range(5)))))
