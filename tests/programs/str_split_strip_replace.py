# str split/rsplit with maxsplit and whitespace, strip family with chars, replace with count, find family
s = "  a  b\tc\n d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a1b2c3".split("2"), "aaa".split("a"), "x".split("x", 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("\u3000a\u2003b\x1c".split(), "a\x85b".split(), "a\xa0b".split())
print(repr(" xx ".strip()), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"), "  \t\n".strip())
print("\u2000x\u2000".strip(), "aXbXa".strip("a"), "hello".strip(""), "hello".lstrip("leh"))
print("aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", -1), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abab".replace("ab", ""), "abc".replace("x", "y"), "a.b.c".replace(".", "", 1), "ααα".replace("α", "β", 1))
t = "hello world hello"
print(t.find("hello"), t.find("hello", 1), t.rfind("hello"), t.rfind("hello", 0, 10), t.find("o", -5), t.find(""), t.rfind(""), t.find("", 100))
print(t.index("world"), t.rindex("l"), t.count("l"), t.count("l", 5), t.count(""), "aaa".count("aa"), t.count("hello", 0, 5))
print(t.startswith("hello"), t.startswith(("x", "he")), t.startswith("world", 6), t.endswith("llo"), t.endswith(("a", "lo"), 0, 5))
print("abc".startswith(""), "abc".endswith("", 3), "abc".startswith("", 4), "abc"[10:].startswith(""))
for bad in [lambda: t.index("zz"), lambda: t.rindex("zz"), lambda: t.startswith(["h"]), lambda: t.split(1),
            lambda: t.replace(1, "x"), lambda: t.strip(1), lambda: t.count(), lambda: t.find(None)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("-".join(["a", "b"]), "".join([]), ", ".join(map(str, range(3))), "x".join("abc"), "ab".partition("b"), "ab".rpartition("a"))
print("a b".partition(" "), "abc".partition("z"), "abc".rpartition("z"), "é,ü".partition(","))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
print("Hello".center(11, "*"), "Hi".ljust(5, "-"), "Hi".rjust(5), "x".center(4), "ab".center(5, "é"), "long".center(2))
