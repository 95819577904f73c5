# Checks: and/or/not return values and short-circuit evaluation (side effects via printing functions).
def t(label):
    print("  eval", label)
    return True
def f(label):
    print("  eval", label)
    return False
print("t and f:")
print(t(1) and f(2))
print("f and t:")
print(f(1) and t(2))
print("t or f:")
print(t(1) or f(2))
print("f or t:")
print(f(1) or t(2))
print("chain:")
print(f(1) or f(2) or t(3) or t(4))
print(t(1) and t(2) and f(3) and t(4))
print("not:")
print(not t(1), not f(2))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or [])
print(not 0, not 1, not "", not [1], not None)
x = 0
y = x != 0 and 10 / x > 1
print(y)
d = {}
val = "k" in d and d["k"]
print(val)
def side(v):
    print("  side", v)
    return v
r = side(0) or side("") or side(None)
print(repr(r))
print(side(1) if side(False) else side(2))
