# "takes N positional arguments but M were given", with the keyword-only arguments that came
# along counted as CPython counts them.
def f(a, b=2, /, c=3, *, d):
    pass


def g(a, *, k=1, m=2):
    pass


def h(a):
    pass


for call in [
    lambda: f(1, 2, 3, 4, d=1),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, k=3, m=4),
    lambda: g(1, 2, 3),
    lambda: h(1, 2),
    lambda: g(1, 2),
]:
    try:
        call()
    except TypeError as e:
        print(e)
