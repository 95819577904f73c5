# Checks: int(), float(), str(), bool(), repr(), list(), tuple(), dict(), set() conversions and chr/ord/hex.
print(int("42"), int("-17"), int("  8  "), int("0"), int(3.9), int(-3.9), int(True), int("007"))
print(int("ff", 16), int("FF", 16), int("1010", 2), int("777", 8), int("z", 36), int("-10", 16))
print(int(1e20), int(2 ** 70 + 0.0), int("123456789012345678901234567890"))
print(float("1.5"), float("-0.25"), float(3), float("inf"), float("1e-3"), float("  2  "))
print(str(123), str(-0.5), str("s"), str([1, 2]), str((1, "a")), str(None), str(True))
print(repr("x'y"), repr([1, "2", 3.0]), repr({"a": None}))
print(bool(), int(), float(), str() == "", list(), tuple(), dict())
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1, "j": 2}))
print(tuple([1, 2]), tuple("ab"), tuple(range(2)))
print(dict([(1, "a"), (2, "b")]), dict(x=1), sorted(set([3, 1, 3])))
print(chr(72) + chr(105), ord("H"), ord("~"), chr(ord("a") + 1))
print(hex(0), hex(10), hex(255), hex(-1), hex(65535))
for bad in ["abc", "1.5", "", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    int("g", 16)
except ValueError as e:
    print("ValueError:", e)
