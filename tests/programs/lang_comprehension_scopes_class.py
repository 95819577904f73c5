# Comprehension scopes: in a class body only the first iterable sees class variables (the
# rest of the comprehension sees globals), loop variables do not leak, closures made in a
# comprehension bind late, and nested comprehensions see the enclosing function's names.
x = "global x"


class C:
    x = "class x"
    items = [1, 2]
    first = [x for _ in items]
    pairs = [(i, j) for i in items for j in range(i)]
    try:
        bad = [items for _ in range(1)]
    except NameError as e:
        err = str(e)


print(C.first, C.pairs, C.err)


def f():
    i = "outer i"
    squares = [i * i for i in range(3)]
    return i, squares


print(f())
funcs = [lambda: n for n in range(3)]
print([g() for g in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([g() for g in funcs])


def nested(k):
    return [[k * a + b for b in range(2)] for a in range(3)]


print(nested(10))
print({n: [m for m in range(n)] for n in range(3)})
gen = (y for y in range(3))
print(list(gen), "y" in dir())
