# list.sort / sorted: stability with key and reverse, key called once per item, errors, mutation detection
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=k), calls)
print(sorted('Banana apple Cherry'.split(), key=str.lower), sorted([3, 1, 2], reverse=True))
import random
rng = random.Random(5)
items = [(rng.randrange(10), i) for i in range(500)]
s = sorted(items, key=lambda t: t[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(499)))
r = sorted(items, key=lambda t: t[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(499)))
for bad in [lambda: [1, 'a'].sort(), lambda: [1, 2].sort(lambda x: x), lambda: sorted([1], key=1), lambda: [3, 1].sort(reverse=None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
lst = [3, 2, 1]
def mutate(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e, lst)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted({3: 0, 1: 0}), sorted('cba'))
