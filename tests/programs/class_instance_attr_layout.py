# Instance attributes kept split (values in the instance, names shared by the class) behave
# exactly as a dict of their own: order, deletes, other orders, __dict__ identity and writes
# through it, __class__ assignment, many attributes, and the attribute caches of a loop.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.__dict__, vars(p), p.__dict__ is vars(p))
q = P(3, 4)
q.z = 5
print(q.__dict__, P(0, 0).__dict__)
r = P(5, 6)
del r.x
print(r.__dict__, hasattr(r, "x"))
r.x = 9
print(r.__dict__, r.x)
try:
    del r.nope
except AttributeError as e:
    print("AttributeError", e)


class Q:
    def __init__(self, flag):
        if flag:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


print([Q(f).__dict__ for f in (1, 0, 1, 0)])

d = p.__dict__
d["w"] = 7
print(p.w)
p.v = 8
print(d, list(d))
d.clear()
print(hasattr(p, "x"), vars(p))


class R:
    pass


class R2:
    def hello(self):
        return "hello " + str(self.a)


o = R()
o.a = 1
o.__class__ = R2
o.b = 2
print(o.hello(), o.__dict__, type(o).__name__)

setattr(p, "dyn" + "amic", 3)
print(p.dynamic, getattr(p, "dyn" + "amic"), p.__dict__)

# More names than a shared table takes.
big = R()
for i in range(40):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), big.a0, big.a39, list(vars(big))[-3:])
big2 = R()
big2.a0 = "x"
print(vars(big2))


# A method shadowed by an instance attribute, and a class value read through instances.
class S:
    k = 10

    def m(self):
        return "method"


s = S()
print(s.m(), s.k)
s.m = lambda: "instance"
s.k = 11
print(s.m(), s.k, S.k, sorted(vars(s)))


# One loop, instances of one class with different attribute orders and deletes.
def total(objs):
    t = 0
    for ob in objs:
        t += ob.a * 10 + ob.b
    return t


objs = [Q(i % 2) for i in range(10)]
del objs[3].a
objs[3].a = 100
print(total(objs), [tuple(vars(x)) for x in objs[:4]])


# Equality of dict views and copies made from split attributes.
a1, a2 = P(1, [2]), P(1, [2])
print(vars(a1) == vars(a2), dict(vars(a1)), {**vars(a1)}, a1.__dict__.copy())
print(sorted(P(1, 2).__dict__.items()), "x" in P(1, 2).__dict__)

