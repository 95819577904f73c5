# str center/ljust/rjust with fillchar (and errors), zfill corners, expandtabs with
# various tab sizes and newlines, casefold/lower/upper/title/swapcase on non-ASCII.
for w in (0, 1, 4, 5, 6, 7):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "0")))
print(repr("".center(3, "x")), repr("a".center(2, "x")), repr("a".center(4, "x")), repr("ab".center(5, "é")))
for bad in ("", "ab", 1):
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
print("x".rjust(-3), "x".ljust(2, "\u00e9"), "é".center(4, "ü"))
for s in ("", "-", "+", "0", "-0", "12", "-12", "+12", "abc", "--1", "1-", " 1", "é"):
    print(repr(s.zfill(4)), repr(s.zfill(0)), end=" ")
print()
for ts in (0, 1, 2, 3, 8, -1):
    print(ts, repr("a\tbc\tdef\tg\n\th\r\ti".expandtabs(ts)))
print(repr("\t".expandtabs()), repr("abcdefgh\t".expandtabs()), repr("x\ty".expandtabs(tabsize=3)))
for s in ("straße", "ΣΑΣ", "ﬁ", "İstanbul", "ǈungla", "ΐ", "Ǆ", "µ", "ŉ", "a1b2 c3d", "o'neil mc-d"):
    print(s.lower(), s.upper(), s.casefold(), s.title(), s.swapcase(), s.capitalize(), len(s.upper()))
print("hello WORLD".capitalize(), "ßx".capitalize(), "ǆemal".capitalize(), "123abc".capitalize())
print("ΌΣ".lower(), "AΣ b".lower(), "Σ".lower(), "aΣ".lower())
