# eval, exec and compile on strings of source; globals(), locals() and vars() in modules,
# functions and class bodies.
x = 10
print(eval("x * 2"), eval("[i * i for i in range(4)]"), eval(" 1 + 1"))
print(eval("y + 1", {"y": 41}), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
exec("z = x + 5")
print(z)
g = {"base": 100}
loc = {}
exec("val = base + 1\nother = val * 2", g, loc)
print(sorted(loc.items()), "val" in g)


def func(a, b=3):
    c = a + b
    names = sorted(locals())
    result = eval("a * b + c")
    exec("c = 999")
    return names, result, c


print(func(2))


class Box:
    size = 4
    doubled = eval("size * 2")
    print(sorted(k for k in locals() if not k.startswith("__")))


print(Box.doubled)
code = compile("3 * 7", "<calc>", "eval")
print(eval(code), type(code).__name__)
block = compile("for i in range(3):\n    print('line', i)\n", "<block>", "exec")
exec(block)
print(globals()["x"], "func" in globals(), vars()["x"])
for src in ["1 +", "def f(:", "x ==="]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
print(eval("len", {}) is len, eval("__name__"))
