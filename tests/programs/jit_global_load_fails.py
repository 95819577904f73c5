# A global load compiled inline whose guard fails and whose name is gone (NameError caught in
# the same frame): the variable it would have written keeps its old value.
def f(n):
    out = []
    for i in range(n):
        x = ["old", i]
        try:
            x = maybe_global
        except NameError:
            pass
        out.append(x)
    return out
maybe_global = "now"
for _ in range(3):
    print(f(3))
del maybe_global
print(f(3))
