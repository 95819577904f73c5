# f-string corners: nested quotes and format specs with nested fields, !r/!s/!a, '=' debug
# specifier with spacing, conversions with specs, dict/lambda/conditional expressions inside,
# multi-line f-strings, literal braces, and numbers with every spec kind.
name, n, pi = "Ann", 42, 3.14159265
d = {"k": [1, 2]}
print(f"{name!r:>8}|{name!s:^7}|{name!a}|{'é'!a}")
print(f"{n=}", f"{n = }", f"{n*2=:>6}", f"{pi=:.2f}", f"{name.upper()=}", f"{d['k'][1]=}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{pi:<{w}}|{n:{'>' if n else '<'}{w}}|{n:#{w}x}")
print(f"{d['k']}", f'{d["k"]!r}', f"{(lambda x: x + 1)(n)}", f"{'yes' if n > 40 else 'no'}", f"{[i * i for i in range(3)]}")
print(f"{{literal}} {{{n}}} }}{{", f"{n:,}", f"{10**9:_}", f"{-n:+05d}", f"{n:b}|{n:o}|{n:X}|{n:c}")
print(f"{pi:e}|{pi:.3g}|{1e-7:g}|{0.5:%}|{12345.678:,.1f}|{-0.0:+.1f}|{1/3:.20f}")
print(f"{'abc':.2}|{'abc':x<6}|{'abc':*^9}|{3:0>4}|{True}|{None!r}|{b'x'}")
x = 5
print(f"""multi
{x}
  line {x + 1}""")
print(f"{x!r:>{x}}|", f"{'nested ' f'{x}'}", f"{f'{x:>{x}}'}|")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} item{'s' if len(items) != 1 else ''}", f"{items!r:30}|")
class Obj:
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "obj-str"
    def __format__(self, spec):
        return f"fmt[{spec}]"
o = Obj()
print(f"{o}", f"{o!r}", f"{o!s}", f"{o:spec}", f"{o!r:>8}", f"{o=}", f"{o=!s}", f"{o=:abc}")
import datetime
dt = datetime.date(2024, 3, 9)
print(f"{dt:%Y/%m/%d}", f"{dt!r}", f"{dt}")
for bad in ["f'{x!z}'", "f'{x:{}}'", "f'{}'", "f'{x'", "f'}'", "f'{x!}'"]:
    try:
        eval(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
