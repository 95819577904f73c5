# printf-style % formatting: flags, width/precision from *, mapping keys, conversions and errors
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u %5d %-5d| %05d %+d % d %+05d" % (1, -2, 3, 42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o %08x %-#8o|" % (255, 255, 255, 255, 8, 8, 255, 8))
print("%e %E %.2e %10.3E %g %G %.3g %#g %g %g" % (12345.678, 0.000123, 1.5, 2.5, 1e-5, 1e20, 3.14159, 2.0, 100000.0, 1000000.0))
print("%f %.0f %#.0f %10.4f %-10.2f| %+.1f %F" % (3.14159, 2.5, 2.5, 3.14159, 2.5, 1.0, float("inf")))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%c%c%c" % (72, "i", 0x1F600), "%r %a %s" % ("é", "é", "é"), "%%")
print("%(name)s is %(age)03d; %(name)r" % {"name": "Bo", "age": 7})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%x" % True)
print("%s" % {"a": 1}, "no args" % (), "%.3s" % b"abc", "%5%|" % ())
print("%d" % 10**30, "%.3f" % 10**20, "%e" % 10**100, "%s" % 2**70)
class I:
    def __index__(self):
        return 33
class F:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 7
print("%x %c %o" % (I(), I(), I()), "%f %g" % (F(), F()))
for args in [("%d", "x"), ("%d", (1, 2)), ("%s %s", (1,)), ("%(a)s", (1,)), ("%(a)s", {}),
             ("%z", 1), ("%", ()), ("%.2", 1), ("%c", -1), ("%c", "ab"), ("%x", 1.5),
             ("%f", "x"), ("%*d", ("a", 1)), ("%d", IntOnly()), ("%s", ()), ("abc", 5), ("%(a)", {"a": 1})]:
    try:
        print(repr(args[0] % args[1]))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
