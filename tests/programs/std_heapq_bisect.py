# _heapq and _bisect natively: heappush/heappop/heapify/heapreplace/heappushpop and the max-heap
# helpers leave lists in CPython's exact order; bisect_left/right and insort with lo, hi, key;
# errors; and heapq/bisect (pure modules over them) with merge, nlargest, nsmallest.
import _heapq
import _bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, 15, 13]
_heapq.heapify(data)
print(data, _heapq.heapreplace(data, 10), data, _heapq.heappushpop(data, -1), _heapq.heappushpop(data, 12), data)
m = [1, 5, 3, 9, 7, 2]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), m, _heapq._heapreplace_max(m, 4), m)
t = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "a")]:
    _heapq.heappush(t, item)
print([_heapq.heappop(t) for _ in range(4)])
for bad in [lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1), lambda: _heapq.heappush((), 1), lambda: _heapq.heapify({}), lambda: _heapq.heappush([1], "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print(_bisect.bisect_left(a, 2), _bisect.bisect_right(a, 2), _bisect.bisect_left(a, 4), _bisect.bisect_right(a, 100), _bisect.bisect_left(a, -1))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_right(a, 2, hi=2), _bisect.bisect_left(a, 5, lo=1, hi=None))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort_right(a, 2)
_bisect.insort_left(a, 4)
_bisect.insort(a, 9) if hasattr(_bisect, "insort") else _bisect.insort_right(a, 9)
_bisect.insort_left(recs, ("d", 4), key=lambda r: r[1])
print(a, recs, _bisect.bisect_right("aceg", "d"), _bisect.bisect_left(range(0, 100, 5), 37))
for bad in [lambda: _bisect.bisect_left(a, 1, -1), lambda: _bisect.bisect_right(5, 1), lambda: _bisect.insort_left(a)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
