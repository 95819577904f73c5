# global/nonlocal declaration errors are SyntaxErrors at compile time, with CPython's messages.
cases = {
    "used before global": "def f():\n    x = 1\n    global x\n",
    "param global": "def f(x):\n    global x\n",
    "nonlocal at module": "nonlocal x\n",
    "no binding": "def f():\n    nonlocal y\n",
    "nonlocal param": "def f(a):\n    def g(a):\n        nonlocal a\n",
    "global and nonlocal": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "annotated global": "def f():\n    global x\n    x: int = 1\n",
    "used before nonlocal": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "class nonlocal ok": "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n",
    "walrus in comp iter": "[i for i in (j := [1])]\n",
    "walrus rebinding iter var": "[i := 0 for i in range(2)]\n",
    "return outside": "return 1\n",
    "yield outside": "yield 1\n",
    "await outside": "await x\n",
    "star alone": "*a = [1]\n",
    "two stars": "a, *b, *c = [1, 2]\n",
    "del literal": "del 1\n",
    "assign to call": "f() = 1\n",
    "augassign tuple": "a, b += 1\n",
}
for name, src in cases.items():
    try:
        compile(src, "<c>", "exec")
        print(name, ": compiled")
    except SyntaxError as e:
        print(name, ":", e.msg, "line", e.lineno)


def f():
    x = 2
    global x
