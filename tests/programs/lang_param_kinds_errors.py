# Checks: positional-only and keyword-only parameter errors and star-unpacking positions.
def f(a, b=2, /, c=3, *, d, **kw):
    return (a, b, c, d, kw)
print(f(1, d=4), f(*[1, 2], **{"d": 5, "b": 6}))
for call in [lambda: f(1), lambda: f(a=1, d=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
a, *b, c = range(5)
print(a, b, c, [*b, *"xy"], {**{"k": 1}, "j": 2}, (*b,))
