# Methods of builtin types loaded by compiled code (lst.append, d.get, s.strip, t.count): the
# receiver's type picks the method; a site that meets another type later (a list, then a dict
# with a method of the same name, then a class of our own, then a type without the method)
# still finds the right one or raises CPython's AttributeError.


def fill(n):
    out = []
    seen = {}
    for i in range(n):
        out.append(i * i)
        seen[i % 7] = seen.get(i % 7, 0) + 1
        word = "  w%d  " % i
        out.append(len(word.strip().upper()))
    while len(out) > n:
        out.pop()
    return out[-3:], sorted(seen.items()), (1, 2, 1).count(1)


def copies(things):
    got = []
    for t in things:
        got.append(t.copy())
    return got


class Mine:
    def copy(self):
        return "mine"


for _ in range(50):
    r = fill(40)
print(r)
for _ in range(50):
    c = copies([[1, 2], {"a": 1}])
print(c)
print(copies([[3], {"b": 2}, Mine(), {4, 5}]))
try:
    copies([[1], "no copy here"])
except AttributeError as e:
    print("AttributeError:", e)
