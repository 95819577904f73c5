# exact TypeError/ValueError/OverflowError messages for builtins called with wrong arguments
cases = [
    lambda: len(5), lambda: len(), lambda: len([], []), lambda: abs(), lambda: int("x"), lambda: int([]),
    lambda: float("x"), lambda: float([]), lambda: str(b"x", "nope"), lambda: list(1), lambda: tuple(1, 2),
    lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: set(1), lambda: range(1.5),
    lambda: range("a"), lambda: range(1, 2, 0), lambda: [1, 2][5], lambda: (1,)[1], lambda: "ab"[9],
    lambda: [1][str("a")], lambda: {}["k"], lambda: [1] + (2,), lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b",
    lambda: [1] * 1.5, lambda: -"a", lambda: ~1.5, lambda: 1 << -1, lambda: 1 >> -1, lambda: 2 ** 10000.0,
    lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: "abc".index("z"),
    lambda: [].index(1), lambda: (1, 2).index(3), lambda: "a".join([1]), lambda: "x".split(""),
    lambda: "abc".center(), lambda: "a".startswith(1), lambda: b"a" + "b", lambda: bytes(-1),
    lambda: bytes([256]), lambda: bytearray("x"), lambda: sorted(1), lambda: sum([], "a"), lambda: min(1, key=1),
    lambda: print(sep=1), lambda: print(end=5), lambda: open(), lambda: hash([]), lambda: iter(1), lambda: next(1),
    lambda: object(1), lambda: type(1, 2), lambda: getattr(), lambda: divmod(1), lambda: round("a"),
    lambda: enumerate(1, "x"), lambda: zip(1), lambda: isinstance(1), lambda: [1, 2].sort(key=1, reverse="x"),
    lambda: {}.pop(), lambda: {}.get(), lambda: {}.setdefault(), lambda: {}.update(1), lambda: {}.fromkeys(),
    lambda: "a".encode("nope"), lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: 1 / 0,
    lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0 ** -1,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
