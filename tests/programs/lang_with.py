# with statements: several managers, __exit__ suppressing exceptions, exception details.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is None)
        return self.suppress


with CM("a") as a:
    print("body", a)

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("oops")
    print("not reached")
print("after suppressed")

try:
    with CM("x"), CM("y", suppress=True), CM("z"):
        raise KeyError("k")
    print("suppressed by y")
except KeyError:
    print("not here")

try:
    with CM("plain"):
        raise TypeError("escapes")
except TypeError as e:
    print("escaped", e)


def early():
    with CM("ret"):
        return "returned"


print(early())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit args", len(exc), exc[0])
        return False

    def use(self):
        return "used"


with Resource() as r:
    print(r.use())
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
with CM("t") as (first, *rest):
    print(first, rest)
