# assert with and without messages (message evaluated lazily), global declarations in nested
# functions, `global` at module level being a no-op, and conditional function definitions.
def check(v):
    assert v > 0, f"bad value {v}"
    assert v < 100
    return v


for v in (5, -1, 200):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)

calls = []


def msg():
    calls.append("msg")
    return "expensive"


assert True, msg()
print(calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)

total = 0
global total


def add(n):
    global total
    total += n

    def inner():
        global total
        total *= 2
    inner()


add(3)
add(1)
print(total)


def make_global():
    global created_later
    created_later = "made"


make_global()
print(created_later)

if total > 5:
    def pick():
        return "big"
else:
    def pick():
        return "small"
print(pick())


def shadow():
    print_ = print
    len = lambda x: "shadowed len"
    return len([1]), print_ is print


print(shadow())
import builtins
print(builtins.len([1, 2]))
