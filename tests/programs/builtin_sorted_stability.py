# sorted() and list.sort(): stability over many equal keys, reverse keeps stability, key errors, mixed comparisons
import random
rng = random.Random(7)
items = [(rng.randrange(5), i) for i in range(200)]
by_key = sorted(items, key=lambda t: t[0])
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(199) if by_key[i][0] == by_key[i + 1][0]))
rev = sorted(items, key=lambda t: t[0], reverse=True)
print(all(rev[i][1] < rev[i + 1][1] for i in range(199) if rev[i][0] == rev[i + 1][0]), rev[0][0], rev[-1][0])
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(set(words), key=words.index))
print(sorted([3, 1.5, 2, True, 0.0, -1]), sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")], reverse=True))
print(sorted("Banana", key=str.lower), sorted([-3, 2, -1], key=abs), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return "C%d" % self.rank
print(sorted([Card(3), Card(1), Card(2)]), max([Card(3), Card(5)], key=lambda c: c.rank), min(Card(4), Card(2)))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], sorted(range(10), key=lambda x: (x % 3, -x)))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([object(), object()]), lambda: sorted([1, 2], key=lambda x: 1 / 0),
            lambda: sorted([{1}, {1}, []])]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
nan = float("nan")
print(sorted([2, 1, 3]) == [1, 2, 3], len(sorted([nan, 1, nan, 0])), sorted([1e300, -1e300, 0.0, -0.0]))
