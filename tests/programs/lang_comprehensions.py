# List/set/dict comprehensions and generator expressions: nesting, conditions, scoping.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({k: v for k, v in zip("abc", range(3))})
print({x: [y for y in range(x)] for x in range(4) if x % 2 == 0})
print([(a, b) for a in range(3) if a for b in range(a) if b % 2 == 0])
words = ["apple", "bob", "kayak", "level", "zed"]
print([w for w in words if w == w[::-1]])
print([w.upper() if len(w) > 3 else w for w in words])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
total = sum(n for n in range(100) if n % 7 == 0)
print(total)
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
flat = [v for sub in [[1], [2, 3], []] for v in sub]
print(flat)


class Scope:
    base = 10
    vals = [base + i for i in range(3)] if False else [1, 2]
    doubled = [v * 2 for v in vals]


print(Scope.doubled)


def gen_in_func(n):
    return [(i, j) for i in range(n) for j in range(i)]


print(gen_in_func(4))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
nested_gen = ((i, j) for i in range(2) for j in "ab")
print(list(nested_gen))
print([y for x in range(5) if (y := x * x) > 4])
print({n % 3 for n in range(10)}, {n: n for n in []})
