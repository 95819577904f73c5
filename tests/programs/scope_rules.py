# Checks: LEGB name resolution, shadowing builtins locally and globally, parameters shadowing globals.
x = "global"
def read():
    return x
def shadow_param(x):
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read(), shadow_param("param"), enclosing(), x)
def use_len():
    len = lambda s: 42
    return len("abc")
print(use_len(), len("abc"))
max = "shadowed max"
print(max)
del max
print(max(1, 5))
def count_calls():
    total = 0
    for i in range(3):
        total += i
    return total, i
print(count_calls())
def inner_def_scope():
    def helper():
        return "helper"
    return helper()
print(inner_def_scope())
try:
    helper()
except NameError as e:
    print("NameError:", e)
def loop_closure():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns[0](), fns[2]()
print(loop_closure())
if True:
    block_var = "visible after if"
print(block_var)
for loop_var in range(2):
    pass
print(loop_var)
