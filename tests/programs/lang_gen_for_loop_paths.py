# Generators driven by `for` loops, whose yields go straight back to the loop: items that
# replace heap values in the loop variable, generators nested in each other's loops, a
# generator also advanced by next() and send() between loop steps, yields inside try/finally
# and with-blocks, breaking out early, exceptions raised between yields, and recursion.


def numbers(n):
    for i in range(n):
        yield [i] * 2 if i % 2 else "s%d" % i


def evens(src):
    for x in src:
        if isinstance(x, str):
            yield x.upper()


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for sub in tree(depth - 1):
        yield sub + "/" + str(depth)
    yield "node%d" % depth


class Ctx:
    def __enter__(self):
        print("enter")

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)


def guarded():
    try:
        with Ctx():
            yield 1
            yield 2
        yield 3
    finally:
        print("finally ran")


def failing():
    yield 1
    raise ValueError("boom")


def echo():
    got = None
    while True:
        got = yield got


item = "placeholder " * 3
for item in numbers(5):
    print(item)
print(list(evens(numbers(7))))
for leaf in tree(3):
    print(leaf)

g = numbers(6)
for x in g:
    print("loop", x, "next", next(g, None))

e = echo()
next(e)
for i, v in zip(range(3), e):
    print(i, v, e.send(i * 10))

for v in guarded():
    print("got", v)
    if v == 2:
        break
print("after break")
for v in guarded():
    print("got", v)

try:
    for v in failing():
        print("item", v)
except ValueError as err:
    print("caught", err)

total = 0
for outer in range(3):
    for inner in numbers(outer + 1):
        total += len(inner)
print(total)
