# Builtin functions: dir, getattr/setattr/hasattr/delattr, globals/locals/vars, hash, id,
# isinstance/issubclass, iter (with sentinel), next (default), len, repr, type, object, slice,
# eval/exec/compile, format.
import sys


class K:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def method(self):
        pass


k = K()
print([n for n in dir(k) if not n.startswith("__")], "__init__" in dir(K), "append" in dir([]))
print(vars(k), sorted(n for n in vars(K) if not n.startswith("__")))
g = globals()
print(g["__name__"], "K" in g, type(g).__name__)


def loc(a, b=2):
    c = a + b
    return sorted(locals().items())


print(loc(1))
print(hash(1) == hash(1.0), hash("a") == hash("a"), type(hash(())).__name__, id(k) == id(k), id(k) != id(K()))
print(type(1), type("s"), type(None), type(k), type(K), type(type), type(len), type(k.method).__name__)
print(repr(object())[:8], type(object()).__name__, isinstance(k, object), issubclass(K, object))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
vals = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(vals), 0)))
calls = []


def source():
    calls.append(1)
    return len(calls)


print(list(iter(source, 4)))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(len("abc"), len([1]), len({1: 2}), len(range(3)), len(b"xy"), len(()), len({1}))
print(repr("x"), repr(1.5), repr([None]), repr(k.method)[:20], repr(len), repr(K)[:15])
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"), eval("len('abc')"))
ns = {}
exec("def f(n):\n    return n * 2\nresult = f(21)", ns)
print(ns["result"], "f" in ns)
exec("y = 5")
print(y)
code = compile("a + 1", "<string>", "eval")
print(eval(code, {"a": 1}), type(code).__name__)
exec(compile("print('compiled exec')", "<s>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught")
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
print(format(3.5, "08.3f"), format("x", "^5"), format(12))
print(sys.maxsize > 2 ** 31, type(sys.argv).__name__, sys.version_info[0], sys.version_info >= (3, 11))
print(isinstance([], (list, tuple)), issubclass(bool, int), isinstance(K, type), isinstance(len, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], "__len__")(), getattr(k, "inst"), setattr(k, "q", 3), k.q, delattr(k, "q"), hasattr(k, "q"))
print(type("T", (), {})().__class__.__name__, type(3) is int, type(True) is bool)
