# Checks: nonlocal rebinding across one and two levels, nonlocal vs. local shadowing, late binding.
def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    def shadow():
        x = 99
        return x
    print("before", x)
    change()
    print("after change", x)
    print("shadow returns", shadow())
    print("after shadow", x)
outer()
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = v + "->L3"
        level3()
        return v
    r = level2()
    return r, v
print(level1())
def late():
    value = "early"
    def get():
        return value
    value = "late"
    return get()
print(late())
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print(t(), t(), t())
def swap_outer():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(swap_outer())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step
s = fib_gen()
out = []
for _ in range(10):
    out.append(s())
print(out)
