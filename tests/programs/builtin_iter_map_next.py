# iter(callable, sentinel), map over several iterables (shortest wins), next() with default, filter(None)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
it = iter(Counter(), 4)
print(next(it), list(it), next(it, 'done'))
import io
f = io.StringIO('a\nb\n\nc\n')
print(list(iter(f.readline, '\n')))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], (10, 20), range(5))), list(map(pow, [2, 3], [5, 2], [7, 100])))
print(list(map(str.upper, 'ab')), list(map(max, [1, 5], [4, 2])))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
g = (x for x in [1])
print(next(g), next(g, None), next(g, 'dflt'))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x > 1, range(4))))
m = map(int, '123')
print(next(m), list(m), list(m))
print(list(zip(*map(lambda x: (x, x * x), range(3)))))
