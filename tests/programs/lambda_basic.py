# Checks: lambda expressions, default args in lambdas, lambdas as keys, immediately-invoked lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")(), (lambda x, y: x - y)(10, 3))
pts = [(3, 1), (1, 2), (2, 0)]
print(sorted(pts, key=lambda p: p[1]), max(pts, key=lambda p: p[0] + p[1]))
funcs = [lambda x: x + 1, lambda x: x * 2, lambda x: x ** 2]
v = 3
for f in funcs:
    v = f(v)
print(v)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(4))
nested = lambda x: (lambda y: x + y)
print(nested(5)(6))
cond = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print(cond(-1), cond(0), cond(1))
print(type(square).__name__)
is_even = lambda n: n % 2 == 0
evens = []
for i in range(10):
    if is_even(i):
        evens.append(i)
print(evens)
