# random.py on top of _random: seed(int/str/bytes), random, randint, randrange, shuffle, choice,
# sample, uniform, gauss, choices, getstate/setstate give CPython's exact sequences.
import random

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.choice("abcdefg"), random.sample(range(100), 5))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(5, 2))
print(random.choices(range(10), k=5), random.choices("abc", weights=[1, 5, 10], k=6))
random.seed("hello")
print(random.random())
random.seed(b"hello")
print(random.random())
random.seed(7)
st = random.getstate()
x = [random.randint(0, 10**6) for i in range(5)]
random.setstate(st)
print(x == [random.randint(0, 10**6) for i in range(5)], x)
r = random.Random(99)
print(r.random(), r.getrandbits(70), r.randrange(10**30))
print(random.Random(5).sample(["a", "b", "c", "d"], 2), random.Random(5).triangular(0, 10))
print(r.expovariate(2.0), r.betavariate(2, 3), r.normalvariate(0, 1), r.lognormvariate(0, 1))
