# str.format: auto/manual numbering, attributes and indexes, conversions, nested specs, escapes, errors
class P:
    x = 3
    def __format__(self, spec):
        return "P" + spec
print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {0.__class__.__name__} {1[0]} {1[1][0]} {2[k]} {2[k2]}".format(P(), [1, [2]], {"k": "v", "k2": 5}))
print("{!r} {!s} {!a} {0!r:>10}".format("é", "é", "é"), "{:{}}".format("x", 5) + "|", "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{{}} {{{}}} }}{{".format(7), "{:P}".format(P()), "{0:>{1}}".format("r", 4), "{:*^{}}".format("c", 7))
print("{0[-1]}".format({"-1": "neg-key"}), "{0[1:2]}".format({"1:2": "slice-key"}), "{a.real}".format(a=5))
print("{:,} {:_} {:,.2f} {:08.3f} {:+} {: } {:x} {:#o} {:%} {:.0%} {:e} {:g}".format(10**6, 10**6, 1234.5, -3.14159, 5, 5, 255, 8, 0.25, 0.125, 1e-10, 1e-10))
print("{:c}{:c}".format(72, 105), "{:s}".format("str"), "{:10}|{:<10}|{:>10}|".format("a", 1, 2.5), "{:=+8}".format(-12))
print(format(1e16), format(1.0), format(1e-4), format(0.0001, ".1"), format(123.456, ".5"), format(1e22, "f"), format(-0.0, "+"))
print("{:n} {:n} {:.3n}".format(1234567, 1234.5, 0.000123456))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{2}", (1,), {}),
                      ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{!z}", (1,), {}),
                      ("{:d}", ("s",), {}), ("{0:{1}}", (1, "}"), {}), ("{:>{}}", ("a",), {}), ("{0!}", (1,), {}),
                      ("{:,d}", (1.5,), {}), ("{:.2s}", (5,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(fmt, type(e).__name__, e)
print(str.format("{}-{}", 1, 2), "{0}{0}".format("ab"), "x{}y".format(""), "{:^5}".format(True), "{}".format(True))
