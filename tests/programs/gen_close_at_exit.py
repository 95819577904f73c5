# A suspended generator whose last reference goes in the program's last steps is closed (its
# finally block runs) before the program ends, as in CPython; so are those dropped earlier,
# each when its variable is rebound.


def gen(i):
    try:
        yield i
    finally:
        print("closed", i)


def run():
    g = None
    for i in range(3):
        g = gen(i)
        next(g)
    print("end of run")


run()
