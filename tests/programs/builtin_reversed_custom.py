# reversed() over custom sequences (__len__ + __getitem__), __reversed__, and its errors; iterators are lazy
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
print(list(reversed(Seq(4))), type(reversed(Seq(2))).__name__, list(reversed(Seq(0))))
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())), "".join(reversed("abc")), list(reversed((1, 2))), list(reversed(b"ab")))
class NoLen:
    def __getitem__(self, i):
        return i
for bad in [NoLen(), 5, {1, 2}, iter([1]), (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
class Blocked(Seq):
    __reversed__ = None
try:
    reversed(Blocked(3))
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst2 = [1, 2, 3]
r2 = reversed(lst2)
next(r2)
lst2.clear()
print(list(r2))
calls = []
def tap(x):
    calls.append(x)
    return x
m = map(tap, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
z = zip(map(tap, "ab"), map(tap, "xyz"))
print(list(z), calls[-4:])
f = filter(tap, [0, 5])
print(list(f), list(f))
