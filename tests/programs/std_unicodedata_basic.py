# unicodedata: name/lookup round trips and errors, category, decimal/digit/numeric with
# defaults, normalize and is_normalized in all four forms, combining classes, unidata_version.
import unicodedata as ud

for ch in "aZ5 \u00e9\u00df\u03a9\u0416\u4e2d\u20ac\u2603\U0001F600\u0301\t-_(\u00bd":
    print(hex(ord(ch)), ud.name(ch, "<none>"), ud.category(ch), ud.combining(ch))
for n in ["LATIN SMALL LETTER A", "SNOWMAN", "GREEK CAPITAL LETTER OMEGA", "EURO SIGN",
          "latin small letter e with acute", "GRINNING FACE"]:
    print(n, repr(ud.lookup(n)))
for bad in ["NOT A REAL NAME"]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError", e)
for f in [lambda: ud.name("ab"), lambda: ud.category(5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
for ch in "7\u0663\u096b\u00b2\u2460\u00bd\u2167\u4e09x":
    print(repr(ch), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
for f, ch in [(ud.decimal, "x"), (ud.digit, "\u00bd"), (ud.numeric, "q")]:
    try:
        f(ch)
    except ValueError as e:
        print("ValueError", e)
samples = ["\u00e9", "e\u0301", "\ufb01", "\u2460", "\u1e9b\u0323", "Å", "\u212b", "ｶ", "x\u00b2"]
for s in samples:
    row = [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), row, [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print("ValueError", e)
print(ud.unidata_version, ud.mirrored("("), ud.mirrored("a"))
print(sorted({ud.category(chr(i)) for i in range(0, 0x250)}))
