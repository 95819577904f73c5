# A generator dropped while suspended is closed: its finally blocks and with-exits run
# (here when a for loop breaks out of it, or when a function holding it returns), and a
# throw()/close() into a generator that never started runs none of its body.


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0])


def lines(name):
    with Res(name):
        try:
            for i in range(10):
                yield f"{name}-{i}"
        finally:
            print("finally", name)


for line in lines("a"):
    print(line)
    if line.endswith("1"):
        break
print("after loop a")


def first_two(name):
    out = []
    for line in lines(name):
        out.append(line)
        if len(out) == 2:
            return out
    return out


print(first_two("b"))
print("after b")


def gen():
    try:
        yield 1
    finally:
        print("never: not started")


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))
g = gen()
g.close()
print(next(g, "exhausted"))
