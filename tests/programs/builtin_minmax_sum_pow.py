# max/min with key and default and their errors; sum with start; pow 3-arg incl. negative exponent; round
print(max([3, 1, 2]), min('hello'), max(1, 5, 3), min(4, 2, key=lambda x: -x), max([], default='empty'))
print(max(['aa', 'b', 'ccc'], key=len), min([(1, 'b'), (1, 'a')]), max([1, 3, 3.0], key=float), max([2, 2.0]))
print(max([], key=len, default=None), min(iter([5, 4]), default=0), max('abc', default='z'))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
            lambda: min([1], bogus=1), lambda: max([1], key=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], start=5))
print(sum([1.5, 2, True]), sum(range(10 ** 6)), sum([10 ** 20, 1]), sum([1j, 2]))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([1, 'a']), lambda: sum(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(10 ** 30, 10 ** 5, 10 ** 9 + 7), pow(7, -2, 10 ** 20 + 39), pow(0, 0), pow(0.0, 0), pow(-8, 1 / 3) if False else pow(4, 0.5))
for bad in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 0.5, 3), lambda: pow(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5, mod=7), pow(-1, 0.5), pow(-8, 2), 2 ** -2, (-2) ** 0.5)
