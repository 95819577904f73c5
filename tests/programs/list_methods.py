# Checks: list methods append, pop, extend, insert, index, count, reverse, copy, remove, clear.
a = []
a.append(1)
a.append(2)
a.append([3])
print(a)
print(a.pop(), a)
a.extend([3, 4, 5])
a.extend("ab")
a.extend((6,))
print(a)
print(a.pop(0), a.pop(-2), a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.index(3), a.index("last"), a.count(3), a.count("zzz"))
a.remove(3)
print(a)
b = a.copy()
b.reverse()
print(a)
print(b)
nums = [1, 2, 2, 3, 2]
nums.remove(2)
print(nums, nums.count(2))
r = nums.append(9)
print(r, nums.reverse(), nums)
nums.clear()
print(nums, len(nums))
try:
    nums.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print("ValueError:", e)
