# Calls between compiled functions (native code entering native code directly) and globals
# loaded by native code: a recursive function's global rebound mid-recursion, the same code
# run with other globals, a builtin shadowed and unshadowed, a global deleted (NameError with
# its traceback line), an exception passing through compiled frames, deep recursion, and a
# returned heap value.
import types

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for _ in range(3):
    print(fib(15))

real_fib = fib

def swap_midway(n):
    global fib
    if n == 5:
        fib = lambda k: 1000
    if n < 2:
        return n
    return swap_midway(n - 1) + fib(n - 2)

print(swap_midway(10))
fib = real_fib
print(fib(12))

def size(x):
    return len(x) + 1

print([size("ab") for _ in range(4)])
len = lambda x: 42
print(size("ab"), size("abcd"))
del len
print(size("abc"))

other = types.FunctionType(size.__code__, {"len": lambda x: -1})
print(other("abc"), size("abc"))

def uses_missing(n):
    if n == 0:
        return missing_name
    return uses_missing(n - 1)

missing_name = "found"
for _ in range(4):
    print(uses_missing(3))
del missing_name
try:
    uses_missing(3)
except NameError as e:
    print("NameError:", e, e.__traceback__.tb_next.tb_lineno)

def boom(n):
    if n == 0:
        raise ValueError("deep")
    return boom(n - 1) + 1

for _ in range(3):
    try:
        boom(5)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("ValueError:", e, lines)

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

def pair(n):
    if n == 0:
        return [n, "leaf"]
    return pair(n - 1) + [n]

for _ in range(3):
    print(pair(4))
print(fib(20))

# Loops (compiled under --jit=auto) whose global loads native code does itself.
def total_len(words, shadow_at):
    global len
    t = 0
    for i, w in enumerate(words):
        if i == shadow_at:
            len = lambda x: 100
        t += len(w)
    return t

words = ["a", "bb", "ccc"] * 4
print(total_len(words, -1), total_len(words, -1))
print(total_len(words, 5))
del len
print(total_len(words, -1))

def step(x):
    return x + 1

def run_steps(n, swap_at):
    global step
    s = 0
    for i in range(n):
        if i == swap_at:
            step = lambda x: x + 100
        s = step(s)
    return s

print(run_steps(10, -1), run_steps(10, -1), run_steps(10, 4), run_steps(3, -1))

LIMIT = 3
def drop_midway(n):
    global LIMIT
    s = 0
    for i in range(n):
        s += LIMIT
        if i == 2:
            del LIMIT
    return s

try:
    print(drop_midway(5))
except NameError as e:
    print("NameError:", e)

# The same compiled code run with another globals dict: its own `len`.
alien = types.FunctionType(total_len.__code__, {"len": lambda x: 7, "enumerate": enumerate})
print(alien(words, -1), total_len(words, -1))
