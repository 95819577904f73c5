# heapq.merge (key=, reverse=, many and empty inputs), nlargest/nsmallest with key, heappushpop,
# heapreplace and their errors; bisect with key= (bisect_left/right, insort_left/right with lo/hi).
import heapq
import bisect

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [], [0, 2])))
print(list(heapq.merge(["apple", "Bob", "cat"], ["Ant", "bee"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "b"), (3, "a")], [(2, "z")], key=lambda t: t[0])))
print(list(heapq.merge()))
data = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, data), heapq.nsmallest(2, data), heapq.nlargest(0, data), heapq.nsmallest(10, data))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, x)
print(h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
pairs = [(1, "a"), (3, "b"), (3, "c"), (7, "d")]
k = lambda p: p[0]
print(bisect.bisect_left(pairs, 3, key=k), bisect.bisect_right(pairs, 3, key=k), bisect.bisect(pairs, 5, key=k))
bisect.insort(pairs, (3, "x"), key=k)
bisect.insort_left(pairs, (3, "y"), key=k)
bisect.insort_right(pairs, (0, "z"), key=k)
print(pairs)
nums = [10, 20, 30, 40, 50]
print(bisect.bisect_left(nums, 30, 3), bisect.bisect_right(nums, 30, 0, 2), bisect.bisect_left(nums, 35, lo=1, hi=4))
bisect.insort(nums, 25, 1, 4)
print(nums)
try:
    bisect.bisect_left(nums, 1, -1)
except ValueError as e:
    print("ValueError", e)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
