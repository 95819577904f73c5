# f-string edge cases: conversions, nested format specs, = debugging, braces, format() calls
# on user objects, dates-like __format__, and errors.
class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"

    def __repr__(self):
        return f"Money({self.v!r})"

    def __str__(self):
        return "money"


m = Money(12.5)
print(f"{m}|{m:.3f}|{m!r}|{m!s}|{m!a}")
width, prec = 10, 2
print(f"[{3.14159:{width}.{prec}f}]", f"[{'x':^{width}}]", f"[{42:{'>'}{width}}]")
value = 7
print(f"{value=}", f"{value = }", f"{value=:>5}", f"{value=!r}", f"{m=}")
print(f"{{literal}} {{{value}}}")
print(f"{'nested ' + f'{value * 2}'}")
print(f"{value:#x} {value:#o} {value:#b} {255:_x} {1234567:,} {0.25:%} {-3:+d} {3:+d}")
print(f"{'é'!a} {'tab	'!r}")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items)!r:>3} {items[0]!r}")
print(f"{3 if value > 5 else 4} {(lambda: 'lam')()} {[i for i in range(3)]}")
print(f"{1e10:g} {1e-5:.2e} {12345.678:,.1f} {float('inf'):>6} {-0.0}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
print(f"{True!s} {None} {b'bytes'}")
d = {"key": "val"}
print(f"{d['key']} {d}")
print(format(m, "08.2f"), format(5, ""), "{0!r:>12}".format(m))
try:
    f"{value:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{object():x}"
except TypeError as e:
    print("TypeError:", e)
print(f"""multi
{value}
line""")
print(f"{value!r:^7}|")
