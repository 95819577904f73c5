# Checks: str methods join, split, strip family, upper, lower, replace, startswith, endswith, find, count, isdigit, isalpha.
s = "  The quick brown fox  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
words = s.split()
print(words, len(words))
print("a,b,,c".split(","), "a b  c".split(" "), "one".split(","), "".split(), "".split(","))
print("a--b--c".split("--"), "  lead".split(), "x\ty\nz".split())
print("-".join(words), "".join(["a", "b", "c"]), ", ".join([]), " ".join("abc"))
print("MiXeD".upper(), "MiXeD".lower(), "123abc".upper())
print("banana".replace("a", "o"), "banana".replace("an", ""), "aaa".replace("a", "aa"), "x".replace("y", "z"))
print("filename.py".endswith(".py"), "filename.py".startswith("file"), "abc".startswith("abcd"), "abc".endswith(""))
print("banana".find("a"), "banana".find("na"), "banana".find("x"), "banana".find(""))
print("banana".count("a"), "banana".count("an"), "banana".count("x"), "aaaa".count("aa"))
print("12345".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha())
line = "name=alice;age=30;city=paris"
for part in line.split(";"):
    kv = part.split("=")
    print(kv[0].upper(), "->", kv[1])
print("Hello".lower().replace("l", "L").strip("H"))
