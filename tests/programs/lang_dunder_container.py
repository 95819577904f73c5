# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__,
# __contains__, __iter__, __reversed__, __bool__, __missing__-like fallbacks.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "%" in g, "%" not in g)
print("".join(g), list(g))
print(g[1:5], g[::2], g[:])
del g[0, 0]
print("".join(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))


class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Empty()), bool(Truthy()), not Empty(), len(Truthy()))
print("yes" if Empty() else "no")


class Back:
    def __init__(self, items):
        self.items = items

    def __reversed__(self):
        return iter(self.items[::-1] + ["!"])

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


print(list(reversed(Back([1, 2, 3]))))


class NoIter:
    pass


try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    len(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    NoIter()[0]
except TypeError as e:
    print("TypeError:", e)
