# Closures in loops, nonlocal/global edge cases, late binding, cell sharing.
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


print([f(10) for f in make_adders()])


def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]


print(late())


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n
    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc(), get())

g = 1


def set_global():
    global g, fresh
    g += 1
    fresh = "made"


set_global()
print(g, fresh)


def shadow():
    g = 100
    def inner():
        return g
    return inner()


print(shadow(), g)


def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
    return v


unbound()


def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    f = l1()
    f()
    return a, f()


print(deep())


def cells_shared():
    x = [0]
    def a():
        x[0] += 1
    def b():
        return x[0]
    a(); a()
    return b()


print(cells_shared())


def del_name():
    y = 5
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(del_name())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


class C:
    x = 5
    def m(self):
        return x


x = "global x"
print(C().m())


def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    z = 1


free_unbound()
print(make_adders()[0].__closure__, len(counter()[0].__closure__))
