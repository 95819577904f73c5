# Checks: closures capturing outer variables, counters with nonlocal, independent closure instances.
def make_counter(start=0):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multipliers():
    result = []
    for i in range(4):
        result.append(lambda x: x * i)
    return result
print(make_multipliers()[0](2), make_multipliers()[3](2))
def make_multipliers_fixed():
    result = []
    for i in range(4):
        result.append(lambda x, i=i: x * i)
    return result
fixed = make_multipliers_fixed()
print(fixed[0](2), fixed[1](2), fixed[3](2))
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return items
    return add, get
add, get = accumulator()
add("a")
add("b")
print(get(), add("c"), get())
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
