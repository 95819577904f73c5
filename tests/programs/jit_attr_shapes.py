# Native instance attribute loads and stores (issue #7): a hot loop reading and writing
# `self.x` while the shapes change under it: attributes added in another order, deleted,
# `__dict__` materialized midway, more attributes than fit inline, values of other types
# (ints, floats, lists, strings, None, instances) in the same attribute, and the last
# reference to an old value released by a store.


class Node:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def walk(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            v = o.x
            if type(v) is int:
                total += v
            elif type(v) is float:
                total += int(v * 2)
            elif type(v) is list:
                total += len(v)
            elif type(v) is str:
                total += len(v) * 3
            elif v is None:
                total += 7
            else:
                total += 11
            o.y = v
    return total


def shapes():
    a = Node(1, 2)
    b = Node(2.5, 3)
    c = Node([1, 2, 3], "s")
    d = Node(None, 0)
    print(walk([a, b, c, d], 200))
    # Another order: a dict of its own.
    e = Node.__new__(Node)
    e.y = 5
    e.x = "hello"
    print(walk([a, e, b], 200))
    # A deleted attribute, then added again.
    del a.y
    print(walk([a, b], 100), hasattr(a, "y"), a.y)
    # __dict__ materialized midway.
    vars(b)["z"] = 9
    print(walk([a, b, c], 100), sorted(vars(b)))
    # Many attributes: values on the heap.
    f = Node(3, 4)
    for i in range(10):
        setattr(f, "extra%d" % i, i)
    print(walk([f, c, f], 100), f.extra9)
    # An instance as the value, and itself.
    g = Node(None, None)
    g.x = g
    print(walk([g, a], 50), g.y is g)


class Holder:
    def __init__(self):
        self.item = [0]


def replace_items(h, n):
    # Each store releases the last reference to the list it replaces.
    for i in range(n):
        h.item = [i, str(i)] if i % 2 == 0 else i
    return h.item


def reads_keep_alive(h, n):
    kept = []
    for i in range(n):
        keep = h.item
        h.item = [i]
        kept.append(keep)
    return kept


shapes()
h = Holder()
print(replace_items(h, 1001), replace_items(h, 1000))
print(reads_keep_alive(h, 6))
