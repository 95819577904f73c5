# Reading list slices: every bound form, clamping, negative and stepped slices, copies that
# share items, and a bound whose __index__ shrinks the list being sliced.

items = list(range(10))
print(items[:], items[2:5], items[-3:], items[:-7], items[5:2], items[-100:100])
print(items[::2], items[1::3], items[::-1], items[8:2:-2], items[-1:-4:-1], items[2:8:-1])
print(items[3:3], items[10:], items[:0], [][:], [][::-1])
copy = items[:]
copy[0] = "changed"
print(items[0], copy[0], copy is items, copy == items)
nested = [[1], [2]]
half = nested[:1]
half[0].append(9)
print(nested)
total = 0
for n in range(300):
    p = items[:]
    total += len(p[n % 5:]) + sum(p[1:4])
print(total)


class Shrinker:
    def __init__(self, target):
        self.target = target

    def __index__(self):
        del self.target[5:]
        return 8


victim = list("abcdefghij")
print(victim[Shrinker(victim):], victim)
victim = list("abcdefghij")
print(victim[:Shrinker(victim)], victim)
try:
    items[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    items["a":]
except TypeError as e:
    print("TypeError:", e)
