# Checks: recursion (fibonacci, ackermann, mutual recursion, depth-500 recursion, recursive list flattening).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(0), fib(1), fib(10), fib(18))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)
print(sum_to(500))
def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]], []))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    result = []
    for subset in rest:
        result.append(subset)
        result.append([items[0]] + subset)
    return result
print(sorted(power_set([1, 2, 3])))
