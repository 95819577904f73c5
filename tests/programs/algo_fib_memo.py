# Checks (realistic): fibonacci memoised with a dict (big ints), iterative fibonacci, and call counting.
memo = {}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(10), fib(50), fib(100))
print("calls:", calls, "memo size:", len(memo))
print(fib(300))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib_iter(300) == fib(300), fib_iter(0), fib_iter(1), fib_iter(2))
print(len(str(fib_iter(1000))))
even_sum = 0
k = 1
while fib(k) < 4000000:
    if fib(k) % 2 == 0:
        even_sum += fib(k)
    k += 1
print("even fib sum below 4M:", even_sum)
def make_memo_fib():
    cache = {0: 0, 1: 1}
    def f(n):
        if n not in cache:
            cache[n] = f(n - 1) + f(n - 2)
        return cache[n]
    return f
f = make_memo_fib()
print(f(90), f(91) - f(90) == f(89))
