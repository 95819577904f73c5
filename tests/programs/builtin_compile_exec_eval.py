# compile/exec/eval on strings: modes, globals and locals, return values, builtins, errors
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  [i for i in range(3)]\n"))
g = {}
exec("a = 5\ndef f(n):\n    return n + a\nb = f(10)", g)
print(g["a"], g["b"], g["f"](1), "__builtins__" in g)
code = compile("z = 40 + 2", "<mine>", "exec")
ns = {}
exec(code, ns)
print(ns["z"], code.co_filename, type(code).__name__)
e = compile("3 ** 2", "<expr>", "eval")
print(eval(e), eval(compile("'s' * 2", "", "eval")))
single = compile("1 + 1", "<single>", "single")
exec(single)
l = {}
exec("v = 1\nw = v + 1", {}, l)
print(sorted(l.items()))
def scope():
    x = "enclosed"
    return eval("x"), eval("x", {"x": "global-dict"})
print(scope())
print(eval("len('abc')", {"__builtins__": {"len": len}}), exec("pass"), eval("None"))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("a = 1", "eval"), ("def", "single"), ("1", "bogus")]:
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
print(eval("(lambda q: q * 3)(4)"), eval(b"7 - 2"), eval("x", None, {"x": 9}))
glob = {"counter": 0}
for _ in range(3):
    exec("counter += 1", glob)
print(glob["counter"], eval("__name__"), eval("__name__", {}) if False else eval("__name__", {"__name__": "custom"}))
