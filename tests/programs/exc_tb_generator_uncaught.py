# Uncaught traceback through a generator pipeline: next() of nested generators and yield from.
def numbers(n):
    for i in range(n):
        yield 10 // (3 - i)


def doubled(it):
    for x in it:
        yield x * 2


def delegate():
    result = yield from doubled(numbers(5))
    return result


for v in delegate():
    print(v)
