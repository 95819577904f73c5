# str.format corners: auto/manual numbering, nested specs, conversions, attribute/index fields,
# alignment with fill, sign, '#', grouping, '=' padding, and the error messages of bad fields.
print("{}{}{}".format(1, 2, 3), "{0}{0}{1}".format("a", "b"), "{:}".format(5))
print("{0!r:>8}|{0!s:<6}|{0!a}".format("é"), "{!r}".format(None))
print("{:*^11}".format("mid"), "{:-<6}".format(1), "{:0>5}".format(-3), "{:=+7}".format(42))
print("{:#x} {:#o} {:#b} {:#X}".format(255, 8, 5, 255), "{:x}".format(-255), "{:,d}".format(-1234567))
print("{:_}".format(123456789), "{:_x}".format(0xFFFFFFFF), "{:_b}".format(255))
print("{:+.3e}".format(12345.6789), "{:g}".format(1e-5), "{:g}".format(123456789.0), "{:.0%}".format(0.456))
print("{:10.3}".format("abcdef"), "{:.1}".format("xyz"), "{:>{}}".format("q", 4), "{:{}{}}".format("z", "^", 5))
print("{0[a]}".format({"a": 1}), "{0[1][0]}".format([0, [7]]), "{0.imag}".format(3j))
class P:
    x = 10
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0.x} {0:hello} {0!s:>3}".format(P()) if False else "{0.x} {0:hello}".format(P()))
print(format(P(), "abc"), f"{P():zz}", "{:}".format(P()))
print("{:c}".format(65), "{:n}".format(1234), "{:%}".format(0.5), "{:.2f}".format(True))
print("{:5}|{:<5}|{:>5}".format(True, 3, "s"), "{:d}".format(True))
for bad, args in [("{:d}", ("s",)), ("{:s}", (1,)), ("{:x}", (1.5,)), ("{0:,s}", ("a",)),
                  ("{!x}", (1,)), ("{0.}", (1,)), ("{0[}", (1,)), ("{:=s}", ("a",)),
                  ("{:+s}", ("a",)), ("{:#s}", ("a",)), ("{:.2d}", (3,)), ("{0:{1}}", (1,)),
                  ("{:,,}", (1,)), ("{:c}", (-1,)), ("{a", ()), ("}{", ()), ("{0.nope}", (1,)),
                  ("{0[5]}", ([1],)), ("{:>1000000000000000000000}", (1,))]:
    try:
        print(repr(bad.format(*args)))
    except Exception as e:
        print(bad, type(e).__name__, e)
print("{0}-{1}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:^8.2f}|{:<+8.1f}|{:08.2f}".format(3.14159, 2.0, -1.5))
print("{:e}".format(0.0), "{:.3g}".format(0.0001234), "{:G}".format(1e20), "{:.2E}".format(-1234.5))
print("{:f}".format(float("inf")), "{:F}".format(float("nan")), "{:+}".format(float("-inf")), "{:e}".format(float("inf")))
print("{:>6}".format(None) if False else format(None, ""), format("abc", ""), format(3, ""), format(2.5))
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print("{0:{fill}{align}{width}}".format("v", fill="#", align=">", width=6))
