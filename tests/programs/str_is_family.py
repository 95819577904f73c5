# str.is* predicates over ASCII, Latin-1 and other scripts, and isidentifier/isprintable
samples = ["", "abc", "ABC", "Abc", "a1", "123", "½", "²", "٣", "Ⅻ", " \t\n", "\x1c", "\x85", "\xa0",
           "é", "ß", "ǅ", "Σ", "中文", "_x", "1x", "x y", "class", "\u200b", "a\u0300", "\x00", "~",
           "Hello World", "hello world", "HELLO", "\u2028", "\U0001F600", "\ufeff", "𝔘𝔫"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(ascii(s), "".join("1" if getattr(s, n)() else "0" for n in names))
print([chr(c) for c in range(0, 256) if chr(c).isprintable() != (c >= 32 and c != 127 and not 128 <= c <= 160 and c != 173)])
print(sum(chr(c).isspace() for c in range(0x3000 + 1)), sum(chr(c).isdigit() for c in range(0x700)))
print(sum(chr(c).isidentifier() for c in range(0x800)), sum(chr(c).isalpha() for c in range(0x800)))
