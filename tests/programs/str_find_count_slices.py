# str find/rfind/index/rindex/count/startswith/endswith with start/end (negative, None,
# out of range, start > end, empty needle), replace with count, and their error messages.
s = "abracadabra"
for args in [("a",), ("a", 1), ("a", -4), ("a", 3, 5), ("a", 100), ("a", -100, 3), ("", 5), ("", 11),
             ("", 12), ("", 5, 2), ("bra", None, None), ("bra", None, 5), ("bra", 2, None), ("abra", 7, 11),
             ("a", 0, -1), ("a", 10, 10), ("zz",), ("", -1), ("", 100, 200)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print("".find(""), "".rfind(""), "".count(""), "".find("", 1), "".count("", 1), "abc".count("", 1, 2))
print("aaaa".count("a", 1, -1), "aaaa".count("aa", 1), "ab" * 5 .count("ab") if False else ("ab" * 5).count("ab"))
for bad in [("x",), ("x", 1, 2), ("a", "1"), ("a", 1.0)]:
    for m in ("index", "rindex"):
        try:
            print(m, getattr(s, m)(*bad))
        except (ValueError, TypeError) as e:
            print(m, type(e).__name__, e)
for m in ("find", "count", "startswith", "endswith"):
    try:
        getattr(s, m)(1)
    except TypeError as e:
        print(m, "TypeError:", e)
try:
    s.find()
except TypeError as e:
    print("TypeError:", e)
try:
    s.count("a", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(s.startswith(("x", "abr"), 0), s.endswith(("cad", "bra"), 0, 7), s.startswith((), 0), s.endswith(("",)))
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
try:
    s.startswith(1)
except TypeError as e:
    print("TypeError:", e)
print(s.replace("a", "A", 0), s.replace("a", "A", 2), s.replace("a", "A", -1), s.replace("", "|", 3), "".replace("", "x"))
print(s.replace("abra", ""), s.replace("a", "aa"), "xxx".replace("x", "y", 10), s.replace(count=1, old="a", new="4") if False else "skip")
try:
    s.replace("a")
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 4
print(s.find("a", Idx()), s[Idx():], s.count("a", Idx()), "ab".center(Idx()), "x".zfill(Idx()))
print("é€😀é".find("😀"), "é€😀é".rfind("é"), "é€😀é".index("€", 1), "é€😀é".count("é", 1))
