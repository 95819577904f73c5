# The format-spec mini-language through format(): fill, align, sign, #, 0, width, grouping,
# precision and every presentation type.
vals = [0, 7, -7, 255, 123456789]
for v in vals:
    print(format(v, "d"), format(v, "+d"), format(v, " d"), format(v, "x"), format(v, "#X"), format(v, "#o"),
          format(v, "b"), format(v, ",d"), format(v, "_x"), format(v, "010,d"), format(v, "n"), format(v, "e"))
for v in [0.0, 1.5, -2.25, 1234.5678, 1e-10, 12345678901.0, float("inf"), float("nan")]:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3E"), format(v, "g"),
          format(v, ".2G"), format(v, "%"), format(v, ",.1f"), format(v, "+012.3f"), format(v, "n"))
for spec in ["<10", ">10", "^10", "*^11", "=+10", "010", "-<6", "#>7", ".3", "^"]:
    print(repr(format(42, spec if spec[-1] != "3" else "d")), repr(format("ab", spec.replace("=+", ">").replace("0", ""))))
print(format("text", ".2"), format("x", "c"[:0]), format(65, "c"), format(True, ""), format(True, "d"), format(None, ""))
print(format(1.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.0, "f"))
print(format(3.14159, "#.0f"), format(100, "#x"), format(1e100, ".3g"), format(123.0, "g"), format(0.0001234, "g"))
print(format(1234567.0, ",.2f"), format(-1234567, "_"), format(1234.5, "=+12,.1f"), format(0.000012345, ".3e"))
print(format(12, "%"), format(0.5, ".1%"), format(5, ".2f"), format(2 ** 70, ","), format(-(2 ** 70), "x"))
for bad in [(1, "s"), ("s", "d"), (1.5, "d"), (1, ".2d"), ("x", "+"), (1, ",c"), (1, "=<5"), (3, "z")]:
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{:>8.3f}|{:<+8d}|{:^#10x}|{:08.2e}".format(3.14159, 5, 255, 12345.6789))
print("{0:{1}{2}}".format(3.5, ">", 6), "{:{}}".format("x", 4) + "|")
