# escapes (\u, \x, \t) in f-string format specs are decoded; raw f-strings and nested specs
x = 5
print(f"{x:\u0041>5}", f"{x:\x42^5}", f"{x:\t>3}")
print(rf"{x:>3}\n", f"{x:{'*'}^{5}}", f"{3.14159:.{2}f}", f"{x!r:>4}", f"a{x}b{x:03}c", f"{x}")
print(f"{'q':\u2192^7}", Rf"{x:>2}\t")
w = 6
print(f"{x:\u0030{w}}", f"{x:=^{w}}")
