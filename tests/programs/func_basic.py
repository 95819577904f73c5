# Checks: def, return, implicit None return, multiple return values, functions as values, recursion.
def add(a, b):
    return a + b
def noreturn():
    x = 1
def early(n):
    if n > 0:
        return "positive"
    return "non-positive"
def minmax(seq):
    return min(seq), max(seq)
print(add(2, 3), add("a", "b"), add([1], [2]))
print(noreturn(), early(5), early(-5))
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
f = add
print(f(10, 20), f is add)
def apply(func, x, y):
    return func(x, y)
print(apply(add, 1, 2), apply(max, 3, 7))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(5), fact(20), fact(25))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
def bare_return():
    return
print(bare_return())
ops = {"add": add, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
print(type(add).__name__, type(len).__name__)
