# Misc str behaviours: join with non-str errors, comparisons with non-str, multiplication
# by negative/bool/bigint, `in` errors, iteration/indexing of non-BMP text, str() of bytes
# with encoding, str constructor errors, and methods called on the wrong type.
print("-".join(x for x in "abc"), ",".join({"b": 1, "a": 2}), "".join(("x", "y")), "ab" * -1, "ab" * True, "ab" * False)
for f in [lambda: ",".join([1]), lambda: ",".join(5), lambda: "a" < 1, lambda: "a" + 1, lambda: 1 in "abc", lambda: "a" * 1.5,
          lambda: "a" * (2 ** 100), lambda: str(b"x", "bogus"), lambda: str(1, "utf-8"), lambda: "abc"[1:2:0],
          lambda: "x".join(["a", None]), lambda: "a".__add__(1)]:
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError, LookupError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
s = "a😀b𝄞c"
print(len(s), s[1], s[-2], s[::-1], list(s), s.find("b"), s.index("𝄞"), s.upper(), s.encode("utf-8"), s.encode("utf-16-le")[:4])
print(str(b"caf\xc3\xa9", "utf-8"), str(b"x\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"), str(), str(object="q"), str(b"b"))
print("abc" == "abc", "abc" != "abd", "a" < "b" < "c", "B" < "a", "Z" < "a", "é" > "z", sorted(["b", "B", "a", "é", "A"]), max("hello"))
print("%s|%5s|%-5s|" % ("é", "😀", "ab"), "{:>4}".format("😀"), "😀".center(5, "*"), "a\u0301".ljust(3, ".") + "|")
t = "The quick brown fox"
print(t.title(), t.swapcase(), t.split(" ", 2), t.rsplit(" ", 2), t[4:9].upper(), t.count("o"), t.replace(" ", "_", 2), t.partition("quick"))
print(t.startswith("the"), t.lower().startswith("the"), t.endswith(("fox", "dog")), t.find("z") == -1, "quick" in t, t.casefold() == t.lower())
print(repr("tab\tnew\nline\\ quote' dq\" bell\x07 nul\x00 del\x7f lat\xe9 zw\u200b"))
