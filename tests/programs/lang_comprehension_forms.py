# Comprehensions: nested loops and conditions order, dict/set/generator forms, comprehension
# over the loop variable of an outer comprehension, shadowing outer names without leaking,
# conditional expressions inside, and unpacking targets.
pairs = [(i, j) for i in range(3) if i for j in range(i) if (i + j) % 2]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({c.lower() for c in "HeLLo"}))
gen = (a * b for a, b in [(1, 2), (3, 4)])
print(next(gen), list(gen))
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
print([(lambda n=n: n * 10)() for n in range(3)])
print([x if x % 2 else -x for x in range(5)])
print([[y for y in range(x)] for x in range(4)])
print({(a, b): a * b for a in range(2) for b in range(2)})
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))
nested = [*[n for n in range(2)], *(n * 2 for n in range(2))]
print(nested)
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([(k, v) for k, (v, _) in {"a": (1, 2), "b": (3, 4)}.items()])
print([c for c in "abc" for _ in range(2)])
print(list(map(lambda s: s * 2, (w for w in ("x", "y")))))
big = (n for n in range(10**9))
print(next(big), next(big))
words = ["apple", "bob", "kayak", "test"]
print({w: w == w[::-1] for w in words})
print([[*row] for row in zip(*matrix)])
