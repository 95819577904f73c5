# break / continue / return inside an except* clause are SyntaxErrors (compile() and here).
srcs = [
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in range(2):\n            break\n        def g():\n            return 2\n    return 3\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

for i in range(3):
    try:
        raise ValueError(i)
    except* ValueError:
        continue
