# Edge cases the differential fuzzer found (tests/fuzz-corpus/differential/): ints compared with
# floats of any size, int / int correctly rounded with the sign of a zero kept, and compile errors
# CPython gives (leading zeros, a nonlocal with no binding).

# Big ints against big floats: exact comparisons.
big = [10**300, -(2**93), 2**1023, 2**1024, -(2**64), 6944178654107416343, 2**53 + 1]
floats = [1e300, -1e300, 1e38, 1e39, 8.98846567431158e307, 9007199254740992.0, 0.5, -0.0]
for i in big:
    print([(i < f, i == f, i > f, i != f) for f in floats])
print(1e300 == 10**300, 1e300 != 10**300, float(10**300) == 1e300, int(1e300) == 10**300)
print(-(2**93) < 1e300 != 6944178654107416343, 10**308 < 1.7976931348623157e308 < 10**309)

# int / int: correctly rounded, like float(a) / float(b) never is for big operands.
print(0 / -5, 0 / -(10**30), -(10**30) / 10**400, (10**30) / -(10**400))
print((2**60 + 1) / 2**60, (2**54 + 1) / 2, (2**54 + 3) / 2, (2**80 + 2**27) / 2**27, (2**80 + 2**27 + 1) / 2**27)
print(10**400 // 10**390 / 7, 10**400 / 10**399, (10**22 + 1) / 10**22, 1 / 3**500)
for e in [1070, 1074, 1075, 1076, 1080]:
    print(e, 1 / 2**e, 3 / 2**e, -(2**60 + 1) / 2**(e + 60), (2**e + 1) / 2**(2 * e))
for a, b in [(10**400, 3), (2**1024, 1), (-(2**1025), 3)]:
    try:
        print(a / b)
    except OverflowError as err:
        print("OverflowError", err)
print(float(2**53 + 1), float(2**54 + 3), float(-(2**64 + 2**11)), float(2**1023 * 3 // 2))

# Compile errors.
for src in ["x = 007", "x = 1 + 0012 * 3", "x = 0_7", "x = 00", "x = 09.5", "x = 007j",
            "def f():\n    def g():\n        nonlocal x\n        x = 1\n    return g\n",
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
            "class C:\n    nonlocal x\n"]:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as err:
        print(repr(src), "->", err.msg, err.lineno, err.offset)
