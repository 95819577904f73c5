# Checks: ZeroDivisionError messages for int and float /, //, %, divmod and 0.0 ** -1 (caught and printed).
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1.0//0.0", lambda: 1.0 // 0.0)
attempt("1.0%0.0", lambda: 1.0 % 0.0)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("2**-1", lambda: 2 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print(repr(e))
print("x still", x)
