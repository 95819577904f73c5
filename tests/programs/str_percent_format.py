# printf-style % formatting of str: every conversion, flags, width/precision from '*',
# mapping keys, %c/%r/%a, big ints, floats (inf/nan), and the error messages.
for spec in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o",
             "%e", "%E", "%f", "%F", "%g", "%G", "%.0f", "%.3e", "%#.0f", "%#g", "%10.4f", "%-10.2e|", "%+.1f"]:
    for v in (0, 42, -42, 3.5, -0.0001234, 1e20):
        try:
            print(spec, v, repr(spec % v))
        except TypeError as e:
            print(spec, v, "TypeError:", e)
print("%s|%r|%a" % ("é", "é", "é"), "%s" % [1, 2], "%s" % (None,), "%r" % ((1, 2),), "%s" % ((1, 2),))
print("%c|%c|%c" % (65, "z", 0x1F600), "%5c|%-3c|" % ("a", "b"), "%%|%5%|" % ())
print("%(x)s %(y)r %(x)5.2f" % {"x": 3.14159, "y": "q"}, "%(a)s%%" % {"a": 1})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%d" % 10 ** 30, "%x" % 2 ** 70, "%o" % -(8 ** 25), "%.2f" % 10 ** 20, "%e" % 10 ** 30)
print("%f %e %g %F" % ((float("inf"),) * 4), "%f %.2e %G" % ((float("nan"),) * 3), "%5.1f" % float("-inf"))
print("%d %i %x" % (True, False, True), "%d" % 3.99, "%x" % 255.0 if False else "%d" % -3.99, "%s" % b"x")
print("%.3s|%-6.2s|%6s" % ("abcdef", "xyz", "ab"), "%.0s|" % "gone", "%3r" % "a")
class N:
    def __index__(self):
        return 7
    def __int__(self):
        return 8
    def __float__(self):
        return 9.5
print("%d %x %o %f" % (N(), N(), N(), N()))
for fmt, args in [("%d", "s"), ("%x", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%(a)s", (1,)),
                  ("%(a)s", {"b": 1}), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%", ()), ("%(a", {"a": 1}),
                  ("%*d", ("x", 1)), ("%.*f", (1.5, 1.0)), ("%d", None), ("%f", "1.0"), ("%s %(a)s", {"a": 1}),
                  ("%(a)s %s", {"a": 1}), ("%c", 1.5), ("x", 5), ("x", (5,)), ("x", {}), ("x", [])]:
    try:
        print(fmt, args, repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, args, type(e).__name__, e)
