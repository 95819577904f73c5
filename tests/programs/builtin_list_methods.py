# list: every method, sort stability with key/reverse, *, +=, comparisons, error messages.
l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.insert(0, 0)
l.insert(100, 99)
l.insert(-100, -1)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(2), l.count(1), l.index(4, 1), len(l))
for bad in [lambda: l.remove(42), lambda: l.index(42), lambda: [].pop(), lambda: l.pop(50), lambda: l[50], lambda: l["a"]]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
l.clear()
print(l, [] == l)
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    words.sort(str.lower)
except TypeError as e:
    print("TypeError:", e)
m = [0] * 3
m2 = [[0]] * 2
m2[0].append(1)
print(m, m2, [1, 2] * 0, 2 * [7])
acc = [1]
alias = acc
acc += [2, 3]
acc *= 2
print(acc, alias is acc)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [[1]] == [[1]], [] < [0])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
x = [5, 3, 8]
y = sorted(x)
print(x, y, x[::-1], list(reversed(x)), x[-2:], x[:-1], x[10:], min(x), max(x), sum(x))
x[1:2] = []
x[len(x):] = [9, 10]
print(x, list(range(0)), list("abc"), list({1: 2}), list((1,)))
big = list(range(20))
big.sort(key=lambda v: v % 3)
print(big)
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
print([1, [2, [3]]], repr([None, True, 1.0, "s"]), str(["a"]))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
