# `yield from` over a user-defined iterator class: its StopIteration value becomes the
# result of the yield from expression, send() and throw() are forwarded to its methods, and
# an iterator without send/throw still delegates plain next().
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


class Echo:
    def __init__(self):
        self.last = None

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        if value == "stop":
            raise StopIteration(f"stopped after {self.last}")
        self.last = value
        return f"echo {value}"

    def throw(self, typ, val=None, tb=None):
        return f"absorbed {typ.__name__}"


def outer():
    result = yield from Countdown(3)
    print("countdown returned", result)
    reply = yield from Echo()
    print("echo returned", reply)
    return "outer done"


g = outer()
print(list(next(g) for _ in range(3)))
print(next(g))
print(g.send("a"))
print(g.throw(KeyError))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)


def plain():
    r = yield from iter([1, 2])
    return r


print(list(plain()))
