# return/break/continue inside finally: a return in finally replaces the pending return
# value and swallows an in-flight exception; break and continue in finally end the loop
# iteration and discard the exception; nested finally blocks run innermost first.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def loop_break():
    log = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            log.append(i)
        finally:
            if i == 2:
                break
    return log


def loop_continue():
    log = []
    for i in range(4):
        try:
            raise ValueError(i)
        finally:
            log.append(i)
            continue
    return log


def nested():
    order = []
    try:
        try:
            return order
        finally:
            order.append("inner")
    finally:
        order.append("outer")


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)


print(ret_override(), swallow(), loop_break(), loop_continue(), nested())
print(while_finally())


def counter():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 100
        print("finally sees", x)


print(counter())
