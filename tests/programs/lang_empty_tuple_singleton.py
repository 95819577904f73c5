# Every empty tuple is the same object, as in CPython: tuple(), tuple([]), an empty slice,
# *args of a call without arguments, concatenations and repeats that come out empty.
e = ()
print(tuple() is e, tuple([]) is e, tuple(x for x in []) is e, tuple(e) is e)
print((1, 2)[5:] is e, (1, 2)[1:1] is e, tuple("") is e)


def f(*args):
    return args


one = (1,)
print(f() is e, f(*[]) is e, e + e is e, one * 0 is e)
print(id(tuple()) == id(tuple()), len(e), hash(e) == hash(tuple()))
