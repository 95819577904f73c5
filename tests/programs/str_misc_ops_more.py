# str operations: repetition, containment, comparisons of unicode, iteration, slicing with steps, repr of quotes
s = "héllo wörld"
print(s * 2, 0 * s == "", -1 * "x", "ab" * True, "ö" in s, "" in s, "xyz" not in s, s[::2], s[::-1], s[-3:], s[100:])
print("a" < "b", "a" < "B", "é" > "z", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", sorted(["é", "e", "f", "E"]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\r\\"), repr("\x07\x1b\x7f\x80\xa0"), repr("\u200b\ufeff"))
print(str(5), str(2.5), str([1, "a"]), str(None), str(b"x"), str(str), str(), str(b"caf\xc3\xa9", "utf-8"), str(object=3))
print(len(s), list("añb"), max("hello"), min("hello"), "".join(reversed("abc")), sorted("cba"), s.upper().lower() == s)
print(ord(max(s)), "%s|%-6s|%6s" % ("a", "b", "c"), "a" "b" "c", "x".__len__(), "abc".__getitem__(1), "ab".__contains__("b"))
print("Straße".upper(), "ǅemal".lower(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "ΣΑΣ".lower())
print("hello world".title(), "they're bill's".title(), "HELLO".capitalize(), "hELLO wORLD".swapcase(), "ǆ".title())
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 1.5
except TypeError as e:
    print("TypeError:", e)
print(hash("a") == hash("a"), "abc".__hash__() == hash("abc"), "a".__add__("b"), "ab".__mul__(2), "x".__rmul__(3), "%d" .__mod__(5))
