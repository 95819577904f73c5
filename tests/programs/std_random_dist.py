# random.py's distributions and helpers over _random give CPython's exact values: vonmises,
# gammavariate (all shape branches), weibull, pareto, paretovariate, randbytes, sample with
# counts, choices with cum_weights, shuffle of a long list, big randrange, seeds of every kind.
import random

r = random.Random(2024)
print(r.vonmisesvariate(1.0, 2.0), r.vonmisesvariate(0.5, 0.0), r.gammavariate(0.5, 1.0), r.gammavariate(1.0, 2.0), r.gammavariate(3.0, 0.5))
print(r.weibullvariate(1.0, 1.5), r.paretovariate(2.0), r.triangular(), r.triangular(1, 3, 2.5), r.uniform(-1, 1))
print(r.randbytes(10), r.randbytes(0), r.getrandbits(1), r.randrange(-10, 10, 3), r.randrange(10**40, 10**41))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.choices("abc", cum_weights=[1, 2, 10], k=8))
big = list(range(200))
r.shuffle(big)
print(big[:15], sum(big))
for seed in [0, 1, -1, 2**100, -(2**100), 3.14159, "", "a", b"abc", bytearray(b"xyz"), True]:
    r.seed(seed)
    print(repr(seed), r.random(), r.randint(0, 1000))
r.seed("spam", version=1)
print(r.random())
st = r.getstate()
print(st[0], len(st[1]), st[2])
r.setstate(st)
print(r.random())
print(random.Random(7).random() == random.Random(7).random(), isinstance(random.random(), float))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 1), lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: r.seed([1, 2]), lambda: r.randrange(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
