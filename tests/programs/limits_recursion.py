# Deep recursion is a RecursionError, whatever path it takes, and the program goes on afterwards.
import sys


def attempt(label, f):
    try:
        f()
        print(label, "finished")
    except RecursionError as e:
        print(label, "RecursionError")


def plain(n):
    return plain(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


class Repr:
    def __repr__(self):
        return repr(self)


class Eq:
    def __eq__(self, other):
        return self == other


class GetAttr:
    def __getattr__(self, name):
        return self.missing


class Str:
    def __str__(self):
        return str(self)


class Init:
    def __init__(self):
        Init()


class Prop:
    @property
    def p(self):
        return self.p


def gen(n):
    yield from gen(n + 1)


def key(x):
    return sorted([1, 2], key=key)


def comp(n):
    return [comp(n + 1) for _ in range(1)]


def via_map(x):
    return list(map(via_map, [x]))


def in_handler(n):
    try:
        raise ValueError(n)
    except ValueError:
        in_handler(n + 1)


attempt("plain", lambda: plain(0))
attempt("mutual", lambda: ping(0))
attempt("__repr__", lambda: repr(Repr()))
attempt("__eq__", lambda: Eq() == Eq())
attempt("__getattr__", lambda: GetAttr().x)
attempt("__str__", lambda: str(Str()))
attempt("__init__", lambda: Init())
attempt("property", lambda: Prop().p)
attempt("generator", lambda: list(gen(0)))
attempt("sorted key", lambda: key(0))
attempt("comprehension", lambda: comp(0))
attempt("map", lambda: via_map(0))
attempt("in handler", lambda: in_handler(0))

# Nested data: repr and comparisons of 100000-deep containers.
nested = []
for _ in range(100000):
    nested = [nested]
other = []
for _ in range(100000):
    other = [other]
for label, f in [
    ("repr list", lambda: repr(nested)),
    ("str list", lambda: str(nested)),
    ("print list", lambda: print(nested)),
    ("f-string", lambda: f"{nested}"),
    ("list ==", lambda: nested == other),
    ("list <", lambda: nested < other),
    ("list in", lambda: nested in [other]),
]:
    try:
        f()
        print(label, "finished")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print("same list ==", nested == nested)
d = {}
for _ in range(100000):
    d = {"k": d}
t = ()
for _ in range(100000):
    t = (t,)
t2 = ()
for _ in range(100000):
    t2 = (t2,)
for label, f in [("repr dict", lambda: repr(d)), ("repr tuple", lambda: repr(t)), ("tuple ==", lambda: t == t2)]:
    try:
        f()
        print(label, "finished")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print("hash of a deep tuple is stable:", hash(t) == hash(t2))

# The limit is adjustable, and recursion below it works.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
sys.setrecursionlimit(5000)
print(depth(4500))
attempt("past 5000", lambda: depth(10000))
sys.setrecursionlimit(1000)
print("done")
