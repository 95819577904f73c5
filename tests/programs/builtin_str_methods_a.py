# str methods: split family, join, strip family, replace, find/index family, count.
s = "  the quick  brown fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split("o", 1))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 2), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(3))), "x".join("abc"))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "abc".replace("x", "y"))
t = "hello world, hello"
print(t.find("hello"), t.find("hello", 1), t.rfind("hello"), t.find("z"), t.find("o", 5, 8))
print(t.index("world"), t.rindex("o"), t.count("l"), t.count("hello"), "aaaa".count("aa"), "abc".count(""))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(t.startswith("hell"), t.startswith(("x", "he")), t.endswith("lo"), t.endswith("o", 0, 5))
print(t.startswith("world", 6), "abc".endswith(("c", "z")), "".startswith(""))
try:
    t.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("a b c".split(maxsplit=1), "a1b2c3".partition("2"), "a1b2c3".rpartition("x"), "abc".partition("x"))
print("1,2;3".replace(";", ",").split(","), "k=v=w".split("=", maxsplit=1))
print("ab" * 3, "abc"[::-1], "abc"[1:], "abc"[-1], "abcdef"[1:5:2], len("héllo"), "é" in "héllo")
print("x".center(5, "*"), "x".ljust(3, "."), "x".rjust(3), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print("hello"[10:], "hello"[-100:2])
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print("tab\there".expandtabs(), "a\tbc\td".expandtabs(4), repr("x\ty".expandtabs(1)))
print("ab".removeprefix("a"), "ab".removesuffix("b"), "ab".removeprefix("z"))
