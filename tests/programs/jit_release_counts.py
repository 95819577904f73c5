# Compiled code giving up references: an attribute store or a register write whose old value
# is shared only lowers its count (the value lives on where else it is held), the last
# reference drops the object (a suspended generator is closed, its finally runs).


def gen(tag):
    try:
        yield tag
    finally:
        print("closed", tag)


class Box:
    def __init__(self):
        self.item = None


def churn(box, shared, rounds):
    for i in range(rounds):
        box.item = shared
        box.item = [i]
        x = shared
        x = i
    return box.item


def replace_gens(box, n):
    for i in range(n):
        g = gen(i)
        next(g)
        box.item = g
        g = None


shared = ["kept"]
box = Box()
print(churn(box, shared, 500), shared)
shared.append("still here")
print(shared)
a = [1, 2]
b = a
for _ in range(100):
    c = a
    a = c
print(a is b, a)
replace_gens(Box(), 4)
