# iter(callable, sentinel), next with default, callable(), iterator protocol errors
counter = iter(range(10)).__next__
it = iter(lambda: counter(), 4)
print(type(it).__name__, list(it), list(it))
vals = [1, 2, None, 3]
it = iter(vals.pop, 2)
print(list(it), vals)
class Calls:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n
print(list(iter(Calls(), 100)))
def boom():
    raise ValueError("inside")
try:
    next(iter(boom, 0))
except ValueError as e:
    print("ValueError:", e)
it = iter([1])
print(next(it), next(it, "default"), next(it, None), next(iter(()), 0))
for bad in [lambda: next([1]), lambda: next(it), lambda: iter(5), lambda: iter(5, 1), lambda: iter(),
            lambda: next(iter([]), 1, 2), lambda: iter([], 1)]:
    try:
        print(bad())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(iter(OnlyGetitem())))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(print), callable(1), callable(lambda: 0), callable(int), callable(Calls()),
      callable(Calls), callable("x".upper), callable(None), callable(OnlyGetitem()))
class WithCallAttr:
    pass
w = WithCallAttr()
w.__call__ = lambda: 1
print(callable(w))
