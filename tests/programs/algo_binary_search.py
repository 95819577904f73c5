# Checks (realistic): iterative and recursive binary search, lower bound, integer square root by bisection.
def bsearch(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bsearch_rec(a, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == target:
        return mid
    if a[mid] < target:
        return bsearch_rec(a, target, mid + 1, hi)
    return bsearch_rec(a, target, lo, mid - 1)
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 200, 3))
for t in [0, 3, 99, 198, 100, -5, 500]:
    print(t, bsearch(data, t), bsearch_rec(data, t, 0, len(data) - 1), lower_bound(data, t))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 * 10 ** 30))
words = sorted(["kiwi", "apple", "mango", "fig", "banana", "cherry"])
print(words, bsearch(words, "mango"), bsearch(words, "grape"))
