# format mini-language edge cases: unicode fill, '=' alignment, 'z' flag, '#' with g/e/f, zero padding with grouping
vals = [0, 7, -7, 1234567, -0.0, 0.5, -1234.5678, 1e-7, 123456789.0]
specs = ["€^12", "0=+12", "z.2f", "#.3g", "#e", "#.0f", "012,.2f", "015_", "<+10.3", "^-9.1e", " 010.2%", "z+08.1f", "#10x" , ",.0f"]
for v in vals:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("!" + str(e)[:25])
    print(repr(v), out)
print(format(-0.0, "z"), format(-0.0001, "z.2f"), format(-0.0, "z.1e"), format(0.0, "z"), f"{-0.4:z.0f}", f"{-1e-10:z.3g}")
print(f"{'x':·^9}", f"{12: >6}", f"{'ab':{'*'}<{6}}", f"{3.14159:{'.'}{3}}" if False else f"{3.14159:.3}")
print(format(255, "#b"), format(255, "#_b"), format(-255, "#_X"), format(10**12, "_x"), format(2**40, ",d"), format(-(10**9), "020,"))
print(format(1.5, "g"), format(1e16, "g"), format(1e-5, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001234, ".2g"))
print(format(12.0, "#g"), format(0.0, "#.3g"), format(100.0, "#.2g"), format(1e100, ".3e"), format(9.9999, ".2f"), format(0.125, ".2f"))
for bad in [(1, "z"), (1.0, ",_"), (1, "_,"), ("s", "z"), (1, "#s"), (1.5, "=^5"), ("s", "=5"), (1, ".2x"), (1, "++")]:
    try:
        print(format(*bad))
    except ValueError as e:
        print(repr(bad[1]), "ValueError:", e)
