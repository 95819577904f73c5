# str split/rsplit with maxsplit (0, negative, larger than needed), whitespace kinds,
# partition/rpartition, splitlines with every line-break kind and keepends, and errors.
s = " a  b\tc\nd  "
for m in (-1, 0, 1, 2, 10):
    print(m, s.split(None, m), s.rsplit(None, m), s.split(" ", m), s.rsplit(" ", m))
print("a,b,c".split(",", 0), "a,b,c".rsplit(",", 1), ",a,".split(","), ",a,".rsplit(","))
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"), "abcabc".split("bc"))
print("x\x1cy\x1dz\x1e\x1fw\x85v\u2028u\u3000t".split())
print("a\x0bb\x0cc".split(), "  ".split(), "  ".split(" "), "".split(" ", 1), "".rsplit())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".rsplit("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split(",", "1")
except TypeError as e:
    print("TypeError:", e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".rpartition("x"), "".partition("a"))
print("abab".partition("ab"), "abab".rpartition("ab"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".rpartition(None)
except TypeError as e:
    print("TypeError:", e)
t = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028el\u2029tw"
print(t.splitlines())
print(t.splitlines(True))
print("a\n".splitlines(), "a\n\n".splitlines(), "\n".splitlines(True), "a\r".splitlines(keepends=True))
print("no newline".splitlines(), "\r\n\r\n".splitlines(), "\r\r\n".splitlines(True))
print("a b c".split(sep=None, maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(" ", maxsplit=-5))
print(" x ".split(" "), " x ".rsplit(" ", 1), "1 2 3 ".rsplit(None, 1), "  lead".split(None, 1))
try:
    "a".split(foo=1)
except TypeError as e:
    print("TypeError:", e)
