# Checks: unbounded recursion raises RecursionError which can be caught; the program keeps working afterwards.
def f():
    return f()
try:
    f()
except RecursionError:
    print("recursion")
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RecursionError as e:
    print("caught again:", type(e).__name__)
def ok(n):
    if n == 0:
        return 0
    return 1 + ok(n - 1)
print(ok(300))
print("still alive")
