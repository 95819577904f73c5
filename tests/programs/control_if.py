# Checks: if/elif/else chains, nested ifs, truthiness of conditions, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2 == 0:
        print("big even")
    else:
        print("big odd")
print("even" if x % 2 == 0 else "odd")
print("a" if x > 10 else "b" if x > 5 else "c")
y = 1 if None else 2
print(y)
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x > 0 and x < 10 or x == 100:
    print("in range")
