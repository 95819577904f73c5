# Checks: bare `raise` re-raise in except, raising a new exception in except, exceptions propagating through calls.
def level3(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x * 2
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ValueError:
        print("level1 saw it, re-raising")
        raise
for v in [5, -1]:
    try:
        print("result", level1(v))
    except ValueError as e:
        print("top caught:", e)
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("cannot convert " + repr(s))
try:
    convert("xx")
except TypeError as e:
    print(type(e).__name__, e)
def cleanup():
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", repr(e))
        try:
            raise IndexError("second")
        except IndexError as e2:
            print("nested handled", repr(e2))
        raise
try:
    cleanup()
except KeyError as e:
    print("outer got", repr(e))
count = 0
def retry():
    global count
    count += 1
    if count < 3:
        raise RuntimeError("attempt " + str(count))
    return "succeeded after " + str(count)
while True:
    try:
        print(retry())
        break
    except RuntimeError as e:
        print("failed:", e)
