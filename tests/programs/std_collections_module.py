# collections (pure module) over _collections: deque and defaultdict re-exported, Counter
# counting through _count_elements, most_common, arithmetic; heapq and bisect over the native
# helpers (nlargest, nsmallest, merge, insort).
import collections
from collections import deque, defaultdict, Counter
import heapq
import bisect

print(deque is collections.deque, defaultdict is collections.defaultdict, deque.__module__)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5])
c.update(["a", "z"])
c.subtract("aa")
print(sorted(c.items()), c + Counter("zz"), c - Counter("abc"), Counter("aaa") & Counter("abb"), Counter("a") | Counter("aab"))
d = defaultdict(Counter)
for word in "one two three two one one".split():
    d[len(word)][word] += 1
print(sorted((k, sorted(v.items())) for k, v in d.items()))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, list(q), q.maxlen)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["b", "a", "c"]), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len), list(heapq.merge([5, 3], [4, 1], reverse=True)))
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
lst = []
for x in [4, 1, 3, 1, 2]:
    bisect.insort(lst, x)
print(lst, bisect.bisect_left(lst, 1), bisect.bisect_right(lst, 1))
