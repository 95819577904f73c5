# Checks: pass in various blocks, assert with and without message (caught), del of names.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print("loop var", i)
if True:
    pass
else:
    pass
assert 1 + 1 == 2
assert True, "not raised"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError no message:", repr(e), str(e) == "")
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 0
    assert x, "x was " + str(x)
except AssertionError as e:
    print(type(e).__name__, e)
y = 10
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError:", e)
print("done")
