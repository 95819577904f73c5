# Builtin functions and builtin methods called from compiled loops (the JIT calls them
# directly, as the interpreter does): results, their errors with the right line, a builtin
# method reached through its class, and a builtin that calls back into Python code.
def work(xs):
    out = []
    total = 0
    for x in xs:
        out.append(len(x))
        total += abs(-len(x))
    out.sort(key=lambda v: -v)
    return out, total, max(out), min(out)

for _ in range(3):
    print(work(["a", "bb", "", "cccc"]))

def pops(n):
    stack = list(range(n))
    got = []
    for _ in range(n + 1):
        got.append(stack.pop())
    return got

try:
    pops(3)
except IndexError as e:
    print("IndexError:", e, e.__traceback__.tb_next.tb_lineno)

def via_class(xs):
    for x in xs:
        list.append(xs, x)
        if len(xs) > 6:
            break
    return xs

print(via_class([1, 2]))
try:
    for _ in range(3):
        list.append()
except TypeError as e:
    print("TypeError:", e)

def bad_len(xs):
    n = 0
    for x in xs:
        n += len(x)
    return n

print(bad_len(["ab", "c"]))
try:
    bad_len(["ab", 5])
except TypeError as e:
    print("TypeError:", e, e.__traceback__.tb_next.tb_lineno)
