# str methods: case changes, is* predicates, translate/maketrans, encode, format, format_map.
print("hello World".upper(), "Hello".lower(), "hello world".title(), "hELLO".capitalize(), "HeLLo".swapcase())
print("ß".upper(), "ß".casefold(), "they're bill's".title(), "ǅ".lower(), "ab1c".title())
for s in ["abc", "ABC", "Abc", "123", "12.3", "a1", " ", "", "\t\n", "Ab Cd", "_id", "1x", "²", "٣"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), "aa".translate(str.maketrans({"a": "bb"})))
print("héllo".encode(), "abc".encode("ascii"), "é".encode("utf-8"), "hi".encode("utf-8").decode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1.real}".format([5, 6], 3), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{!r} {!s} {:.2f} {:,} {:08.3f}".format("q", "q", 2.0 / 3, 10 ** 6, -3.14159))
print("{{}} {}".format("x"), "{a[k]}".format(a={"k": "v"}), "{:{w}}|".format(7, w=4))
print("{name} is {age}".format_map({"name": "Ann", "age": 3}))
for bad in ["{", "}", "{0} {}", "{5}"]:
    try:
        bad.format(1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "a" * 0 == "")
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), repr("it's"), repr('say "hi"'), repr("a'b\"c"))
print(repr("\n\t\\\x00\x7f"), repr("é€😀"), ascii("é€😀"), ord("€"), chr(8364), chr(0x1F600))
print(min("hello"), max("hello"), sorted("banana"), list("ab"), "".join(reversed("abc")))
print("%s and %r" % ("x", "y"), "%d%%" % 50, "%5.1f|%-5d|%05d" % (3.14159, 42, 7), "%x %o %X %e" % (255, 8, 255, 12345.678))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%+d % d" % (5, 5), "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
