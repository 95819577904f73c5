# match statement compile-time errors: irrefutable patterns before others, duplicate names,
# or-patterns binding different names, multiple starred names, duplicate mapping keys.
srcs = {
    "capture first": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard first": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "dup name": "match x:\n    case [a, a]:\n        pass\n",
    "or names": "match x:\n    case [a] | [b]:\n        pass\n",
    "two stars": "match x:\n    case [*a, *b]:\n        pass\n",
    "dup key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "alt irrefutable": "match x:\n    case a | 1:\n        pass\n",
    "guard ok": "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "as underscore": "match x:\n    case 1 as _:\n        pass\n",
}
for name, src in srcs.items():
    try:
        compile(src, "<m>", "exec")
        print(name, "compiled")
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg, e.lineno)
match 5:
    case n:
        pass
    case 6:
        pass
