# f-strings: conversions, format specs, nested fields, expressions, self-documenting.
name, n, pi = "ferro", 42, 3.14159
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {1234567:_}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}]")
print(f"{n=} {pi=:.1f} {name = }")
items = {"a": 1}
print(f"{items['a']} {[1, 2][0]} {len(name)} {n * 2} {'yes' if n else 'no'}")
print(f"{{literal}} {n}{{}}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {0.0001:g} {123456789.0:g}")
print(f"{-0.0} {float('inf'):f} {float('nan'):>5} {-1.5:+.1f}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{True} {None} {[1, 'a']} {(1,)} {{1: 2}}")
val = 255
print(f"{val:#x} {val:#X} {val:#b} {val:08b} {val:c}")
print(f"{12345.6789:,} {-12345:,d} {0.5:.0%} {2/3:.3%}")
print(f"{'nested ' + f'{n:>4}'}")
print(f"{n!r:>6}|{name!r:^12}|")
print(f"{'multi'}{'ple'}" f" parts {n}")
print(f"{1+1}", F"{2*3}", rf"\n{n}")
