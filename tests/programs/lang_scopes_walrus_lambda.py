# Closures and scoping: nonlocal chains, late binding in loops and the default-argument
# fix, lambda defaults evaluated once, walrus in comprehensions binding the enclosing scope,
# global statements in nested functions, class-body scope rules, and the related errors.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def peek():
        return n
    return inc, peek
inc, peek = counter()
inc()
inc(5)
print(peek(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
calls = []
def default_once(item, acc=[]):
    acc.append(item)
    return acc
print(default_once(1), default_once(2), default_once(3, []), default_once.__defaults__)
k = 10
lam = lambda a, b=k * 2, *rest, c, d=4, **kw: (a, b, rest, c, d, sorted(kw))
k = 99
print(lam(1, c=3), lam(1, 2, 3, c=5, e=6), lam.__defaults__, lam.__kwdefaults__, lam.__name__)
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
print(any((hit := v) > 7 for v in data), hit)
total = 0
print([total := total + v for v in data], total)
if (n := len(data)) > 3:
    print("long", n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk, end=" ")
print()
g_count = 0
def bump():
    global g_count
    g_count += 1
    def nested():
        global g_count
        g_count *= 10
    nested()
    return g_count
print(bump(), bump(), g_count)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)
class Scope:
    v = 1
    w = [v for _ in range(2)] if False else None
    lst = [1, 2]
    doubled = [x * 2 for x in lst]
    def method(self):
        try:
            return v
        except NameError as e:
            return str(e)
print(Scope.doubled, Scope().method())
x = "global x"
def shadow():
    x = "local x"
    def reader():
        return x
    return reader()
print(shadow(), x)
def uses_before_nonlocal():
    a = 1
    def f():
        nonlocal a
        a = a + 1
        return a
    return f(), f(), a
print(uses_before_nonlocal())
for src in ["def f():\n    nonlocal zz\n", "def f():\n    x = 1\n    global x\n", "nonlocal q\n",
            "def f(a):\n    global a\n", "[(w := 1) for w in range(3)]", "class C:\n    [(z := 1) for _ in range(2)]\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
