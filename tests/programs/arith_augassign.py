# Checks: all augmented assignment operators on names, list items and dict items.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 10; print(x)
x /= 4; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d["b"] = 0
d["b"] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 7
m[0][1] **= 3
print(m)
