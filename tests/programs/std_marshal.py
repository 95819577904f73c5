# marshal: round trips of plain values, loading bytes CPython's marshal wrote (with references),
# and the modules that import it (pstats, profile).
import marshal, pstats, profile
vals = [None, True, False, 0, -5, 2**40, -2**70, 1.5, 2j, "héllo", "abc", b"xy", (1, "a"),
        [1, [2]], {"k": (1, 2), "z": None}, {1, 2}, frozenset({3}), ..., ()]
for v in vals:
    print(repr(marshal.loads(marshal.dumps(v))) == repr(v), type(marshal.loads(marshal.dumps(v))).__name__)
data = bytes.fromhex("2904da026869e9010000005b02000000e700000000000004404e7bda0161f3010000007830")
print(data[:1])
try:
    print(marshal.loads(data))
except Exception as e:
    print(type(e).__name__)
print(marshal.loads(bytes.fromhex(marshal.dumps(("hi", 1, [2.5, None], {"a": b"x"})).hex())))
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
