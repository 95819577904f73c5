# Closures and nonlocal: late binding in loops, cells shared between closures, nonlocal
# through several levels, closures over class-level names (not visible), __closure__ cells,
# deleting a closed-over variable.
def make_adders():
    return [lambda x: x + i for i in range(3)], [lambda x, i=i: x + i for i in range(3)]


late, bound = make_adders()
print([f(10) for f in late], [f(10) for f in bound])


def shared():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = shared()
inc(), inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)


def level1():
    x = "l1"

    def level2():
        def level3():
            nonlocal x
            x = "set by l3"
        level3()
        return x

    r = level2()
    return r, x


print(level1())


class K:
    y = "class y"

    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"

    z = [y for _ in range(1)] if False else None


print(K().method())


def deleted():
    v = 1

    def read():
        return v

    del v
    try:
        return read()
    except NameError as e:
        return f"NameError: {e}"


print(deleted())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1
        yield n
        n += 10
        yield n

    return bump, lambda: n


bump, peek = counter_gen()
it = bump()
print(next(it), peek(), next(it), peek())


def rebinding():
    fns = []
    for name in ("a", "b"):
        def f(name=name):
            return name
        fns.append(f)
    x = 1
    g = lambda: x
    x = 2
    return [f() for f in fns], g()


print(rebinding())

cell_type = type((lambda: rebinding).__closure__) if (lambda: rebinding).__closure__ else None
print(cell_type)


def outer_with_cell():
    a = 5
    return (lambda: a).__closure__


cl = outer_with_cell()
print(len(cl), cl[0].cell_contents, type(cl[0]).__name__)


def empty_cell():
    def f():
        return later
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 3
    return c.cell_contents


print(empty_cell())
