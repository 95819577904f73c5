# format specs on big ints: grouping, bases with '#', sign, fill/align, e/f/%, n
n = 12345678901234567890123
for spec in [",", "_", "x", "X", "#x", "#_x", "b", "#b", "_b", "o", "#o", "e", ".3e", "E",
             "f", ",.2f", "%", ".1%", "g", ".5g", "+", " ", "-", ">40", "<40", "^40", "*^40,",
             "040", "040,", "+040_", "=+40", "n", "d", "c" if False else "d"]:
    print(repr(spec), format(n, spec), format(-n, spec))
print(format(255, "08b"), format(-255, "#010x"), format(255, "#o"), format(0, "#x"))
print(f"{10**20:,}", f"{-10**20:_d}", f"{2**70:#_X}", f"{1234:_o}")
print(f"{65:c}", f"{1114111:c}" == chr(1114111))
for bad in [(n, ",x"), (n, ".2d"), (n, "s"), (5, ",c"), (-1, "c"), (n, "z")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(str(2**200), repr(-(2**100)), hex(2**100), oct(-(2**70)), bin(2**65))
print("%d %x %o %e %s" % (n, n, n, n, n), "%,d" % 5 if False else "%+d" % n)
print("%#x %#o %#X" % (n, n, n), "%20d|%-30d|" % (n, n))
x = 7 ** 1000
s = str(x)
print(len(s), s[:20], s[-20:], int(s) == x)
