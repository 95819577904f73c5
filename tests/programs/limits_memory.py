# Allocations too big for memory are a MemoryError (or OverflowError for sizes no integer type
# holds), never a crash; the program goes on afterwards.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("[0] * 10**12", lambda: [0] * 10**12)
attempt("10**12 * [0]", lambda: 10**12 * [0])
attempt("[0, 0] * 2**62", lambda: [0, 0] * 2**62)
attempt("[0] * 2**63", lambda: [0] * 2**63)
attempt("[None] * sys.maxsize", lambda: [None] * sys.maxsize)
attempt("[None] * (sys.maxsize + 1)", lambda: [None] * (sys.maxsize + 1))
attempt("(0,) * 10**12", lambda: (0,) * 10**12)
attempt("'x' * 10**12", lambda: "x" * 10**12)
attempt("'x' * 2**63", lambda: "x" * 2**63)
attempt("'ab' * 10**6 * 10**6", lambda: "ab" * 10**6 * 10**6)
attempt("b'x' * 10**12", lambda: b"x" * 10**12)
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("bytearray(10**12)", lambda: bytearray(10**12))
attempt("list(range(10**12))", lambda: list(range(10**12)))
attempt("tuple(range(10**12))", lambda: tuple(range(10**12)))
attempt("sorted(range(10**12))", lambda: sorted(range(10**12)))
attempt("'x'.ljust(10**12)", lambda: "x".ljust(10**12))
attempt("'x'.rjust(10**12)", lambda: "x".rjust(10**12))
attempt("'x'.center(10**12)", lambda: "x".center(10**12))
attempt("'7'.zfill(10**12)", lambda: "7".zfill(10**12))
attempt("b'x'.ljust(10**12)", lambda: b"x".ljust(10**12))
attempt("'\\t'.expandtabs(10**12)", lambda: "\t".expandtabs(10**12))
attempt("'{:>1000000000000}'.format(1)", lambda: "{:>1000000000000}".format(1))
attempt("'%1000000000000d' % 1", lambda: "%1000000000000d" % 1)
attempt("(1).to_bytes(10**12, 'big')", lambda: (1).to_bytes(10**12, "big"))
attempt("1 << 10**12", lambda: 1 << 10**12)
attempt("1 << 2**64", lambda: 1 << 2**64)
attempt("1 << 2**100", lambda: 1 << 2**100)
attempt("0 << 2**100", lambda: 0 << 2**100)
attempt("float(10**400)", lambda: float(10**400))
attempt("chr(10**12)", lambda: chr(10**12))
x = [0]
attempt("x *= 10**12", lambda: x.__imul__(10**12))
s = "ab"
try:
    s *= 10**12
except MemoryError as e:
    print("s *= 10**12 ->", type(e).__name__, e)
# Still alive, and the originals unchanged.
print(x, s, len([0] * 10**6), len("x" * 10**6))
