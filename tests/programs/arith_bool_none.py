# Checks: bool arithmetic, bool/int equality, None comparisons and truthiness.
print(True + True, True * 10, False - 1, True / 2, -True)
print(True == 1, False == 0, True is True, None is None, None == None)
print(type(True), type(None), type(True + 1))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(""), bool("x"), bool([]), bool([0]), bool(None))
print(bool({}), bool({1: 2}), bool(()), bool(set()))
print(int(True), str(False), repr(None), str(None))
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
print(x is not None, 5 is not None)
print(sum([True, True, False, True]))
print(max(True, 2), min(False, -1))
print(True and 3, False or "fallback", None or 0, 0 or None)
