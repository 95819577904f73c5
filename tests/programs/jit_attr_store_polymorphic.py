# Attribute stores at one site on instances of several classes (each with its own key table),
# in compiled code: every class's path stores into its own slot, releases the old value, and
# a class the site never saw (or an instance with a new attribute) still works.


class Base:
    def __init__(self, n):
        self.count = n
        self.label = "b"


class Left(Base):
    def __init__(self, n):
        self.extra = 0
        Base.__init__(self, n)


class Right(Base):
    pass


class Other:
    def __init__(self):
        self.count = -1


def bump(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.count = o.count + 1
            o.label = [o.count]
    return [(o.count, o.label) for o in objs]


objs = [Base(0), Left(10), Right(20), Left(30)]
print(bump(objs, 100))
print(bump([Other(), Right(1)], 3))
late = Base(5)
late.fresh = "new"
print(bump([late, objs[1]], 2), late.fresh)
