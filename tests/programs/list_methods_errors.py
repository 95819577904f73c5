# list methods with bounds and their errors; * and += semantics (aliasing); comparisons; index with start/stop
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(2), a.count(9))
for args in [(9,), (2, 4), (1, 1, 4)]:
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError:", e)
b = [0]
b.insert(100, 'end'); b.insert(-100, 'start'); b.insert(1, 'mid')
print(b, b.pop(), b.pop(0), b.pop(-1), b)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].pop('x'), lambda: [].insert('a', 1)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [[0]] * 3
x[0].append(1)
print(x, [1, 2] * 0, [1] * -1, 2 * [3])
y = [1]
alias = y
y += (2, 3)
y += 'ab'
print(y, alias is y)
try:
    y = y + (1,)
except TypeError as e:
    print("TypeError:", e)
z = [1, 2]
z *= 2
print(z, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]], [1] != [1.0])
try:
    [1] < ['a']
except TypeError as e:
    print("TypeError:", e)
c = [3, 1, 2]
c.reverse(); d = c.copy(); d.append(0); c.extend(range(2)); c.extend(c)
print(c, d, c.clear(), c)
e = [1, 2, 3, 4, 5]
e[1:3] = 'xyz'; print(e)
e[::2] = [0, 0, 0]; print(e)
try:
    e[::2] = [1]
except ValueError as err:
    print("ValueError:", err)
del e[1::2]; print(e, len(e))
