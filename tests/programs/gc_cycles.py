# gc: the cycle collector finds reference cycles (instances pointing at each other, a doubly
# linked list, self-referencing lists and dicts, a method stored on its instance, closures,
# generators, tuples, sets, __slots__, subclasses of list and dict) and gc.collect() counts
# them as CPython does; sys.getrefcount shows that what a collected cycle held was released,
# and cycles still referenced keep their contents.
import gc
import sys

gc.disable()


class Node:
    def __init__(self, v):
        self.v = v
        self.prev = None
        self.next = None


class Slotted:
    __slots__ = ("other", "payload")


class L(list):
    pass


class D(dict):
    pass


class M:
    def m(self):
        return 1


def pair():
    a = Node(1)
    b = Node(2)
    a.next = b
    b.prev = a


def chain(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        nxt = Node(i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt


def self_list():
    x = []
    x.append(x)


def self_dict():
    d = {}
    d["me"] = d


def bound_method():
    o = M()
    o.f = o.m


def via_tuple():
    a = Node(0)
    a.t = (a, 1, "x")


def via_list():
    a = Node(0)
    a.items = [1, 2, a]


def slotted():
    a = Slotted()
    b = Slotted()
    a.other = b
    b.other = a


def list_subclass():
    x = L()
    x.append(x)


def dict_subclass():
    d = D()
    d["me"] = d


def three_way():
    a, b, c = Node(1), Node(2), Node(3)
    a.next, b.next, c.next = b, c, a


cases = [pair, self_list, self_dict, bound_method, via_tuple, via_list, slotted, three_way]
for f in cases:
    f()
    print(f.__name__, gc.collect())

for n in (10, 100):
    chain(n)
    print("chain", n, gc.collect())

for f in (list_subclass, dict_subclass):
    f()
    print(f.__name__, gc.collect() >= 1)

print("nothing left", gc.collect())


# What a collected cycle held is released.
payload = ["payload"]


def holder():
    a = Node(payload)
    b = Node(payload)
    a.next = b
    b.next = a


def refs():
    return sys.getrefcount(payload)


holder()  # warm up (ferropy's global-load caches keep a reference)
gc.collect()
before = refs()
holder()
print("held", refs() - before)
gc.collect()
print("released", refs() - before)

# A cycle still referenced survives with its contents.
keep = Node("kept")
keep.next = Node("other")
keep.next.prev = keep
loop = [1, 2]
loop.append(loop)
print("alive", gc.collect(), keep.next.v, keep.next.prev.v, loop[2][2][0], len(loop))


# Closures and generators.
def closure_cycle():
    def inner():
        return inner

    return inner


def gen_cycle():
    def g():
        yield 1
        yield 2

    it = g()
    next(it)
    holder = Node(it)
    holder.me = holder


closure_cycle()
print("closure", gc.collect() >= 2)
gen_cycle()
print("generator", gc.collect() >= 2)


# A set of instances that point back at the set.
def set_cycle():
    s = set()
    for i in range(3):
        n = Node(i)
        n.home = s
        s.add(n)


set_cycle()
print("set", gc.collect() >= 4)
print("final", gc.collect())
