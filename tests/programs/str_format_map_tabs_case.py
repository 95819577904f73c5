# str: format_map, expandtabs, zfill, casefold, splitlines with every separator, translate with dicts
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)), "{x[0]}{y.real}".format_map({"x": "hi", "y": 2}))
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
for s in ["a\tb", "\t", "ab\tcd\tef", "a\tb\nc\td", "x\r\ty", "12345678\tx"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)))
for s in ["42", "-42", "+7", "", "abc", "-", "3.14"]:
    print(s.zfill(6), s.zfill(0), s.zfill(-3))
for s in ["Straße", "ﬁ", "ΣΑΣ", "İ", "Hello WORLD", "ǅ"]:
    print(s.casefold(), s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize())
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x\n\n".splitlines(True), "\r\r\n".splitlines())
table = {ord("a"): "A", ord("b"): None, ord("c"): 120, "d": "ignored"}
print("abcdabcd".translate(table))
print("hello".translate(str.maketrans("el", "ip")), "hello".translate(str.maketrans("", "", "l")))
print(str.maketrans({"a": "1", 98: "22"}), "abc".translate(str.maketrans({"a": "1", 98: "22"})))
class Lookup:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abcx".translate(Lookup()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: "a".zfill("3"),
            lambda: "a".expandtabs("4")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
