# str.maketrans with three arguments and dicts, translate with deletions/expansions, bytes.translate interplay
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "aabbccdd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, ord("c"): 67, "é": "e"})
print(sorted(t2.items()), "abcé!".translate(t2))
print("hello".translate({ord("l"): "L" * 3}), "".translate({}), "x".translate({120: ""}), "abc".translate([]) if False else "")
class Rot13(dict):
    def __missing__(self, k):
        c = chr(k)
        if "a" <= c <= "z":
            return (k - 97 + 13) % 26 + 97
        return k
print("hello, world".translate(Rot13()))
print("ÀÉÎ".translate(str.maketrans("ÀÉÎ", "AEI")), "tab\tsep".translate({9: " -> "}))
for bad in [lambda: str.maketrans("a", "bc"), lambda: str.maketrans("a"), lambda: str.maketrans({1.5: "a"}),
            lambda: "a".translate({97: 3.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans("a", "b", 5),
            lambda: str.maketrans(1, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.maketrans(b"ab", b"AB")[97:99], b"abc".translate(bytes.maketrans(b"ab", b"AB"), b"c"), bytearray(b"xy").translate(None))
try:
    b"a".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
