# zip(strict=True) errors naming the short argument; enumerate start values; reversed protocol errors
print(list(zip('ab', [1, 2], strict=True)), list(zip()), list(zip('abc')), list(zip('ab', 'xyz')))
for args in [('ab', [1]), ('a', [1, 2]), ('ab', 'ab', 'a'), ('ab', 'ab', 'abc')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip([1, 2, 3], 'ab', strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)), list(enumerate('x', 2 ** 62)))
print(list(enumerate('ab', True)))
for bad in [lambda: enumerate('a', 1.5), lambda: enumerate(1), lambda: enumerate('a', start='0')]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
for bad in [lambda: reversed({1}), lambda: reversed(5), lambda: reversed(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
