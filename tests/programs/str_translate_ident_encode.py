# str.translate/maketrans (all forms and errors), isidentifier/isprintable on tricky input,
# encode with errors= handlers, removeprefix/removesuffix, and their argument errors.
t = str.maketrans("ab", "xy")
print(sorted(t.items()), "aabbc".translate(t))
t2 = str.maketrans("ab", "xy", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: "C", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("abc".translate({97: 98}), "abc".translate([None, None]), "abc".translate({}))
class Tbl:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper() * 2
print("xyz".translate(Tbl()))
for bad in [("ab", "x"), (1,), ({"ab": 1},), ({1.5: "x"},), ("a", "b", 3)]:
    try:
        str.maketrans(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for tab in ({97: 1.5}, {97: 0x110000}, {97: -1}):
    try:
        "a".translate(tab)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in ["abc", "_", "__init__", "1a", "a1", "", "a b", "a-b", "é", "ℕ", "a\u0300", "\u0300a",
          "℘", "℮", "x·y", "·x", "if", "None", "$", "a\u200c", "٣a", "a٣", "ｆｕｌｌ"]:
    print(repr(s), s.isidentifier(), end="; ")
print()
for s in ["abc", "", " ", "\t", "\n", "a\x7f", "\xa0", "\xad", "é", "\u2028", "\u200b", "😀",
          "\ud7ff", "\ue000", "\U000e0001", "\u0378", "a b", "\x1b[0m"]:
    print(ascii(s), s.isprintable(), end="; ")
print()
s = "naïve café ☕"
for errors in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
print(s.encode("latin-1", "replace"), s.encode("utf-8"), s.encode(encoding="utf-16-le")[:6], len(s.encode("utf-32")))
print("abc".encode("ascii"), "x".encode("UTF8"), "y".encode("u8"), "z".encode("utf_16_be"), "😀".encode("utf-16-le"))
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"):
    b = "a€😀".encode(enc)
    print(enc, b, b.decode(enc), len(b))
for bad, enc in [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16-le"),
                 (b"\x00\x00\x11\x00", "utf-32-le"), (b"abc", "utf-32")]:
    try:
        print(bad.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(bad.decode(enc, "replace")), repr(bad.decode(enc, "ignore")))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "aaa".removeprefix("a"))
print("abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("abcd"), "".removesuffix("x"))
for f in (str.removeprefix, str.removesuffix):
    try:
        f("abc", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f("abc", ("a",))
    except TypeError as e:
        print("TypeError:", e)
