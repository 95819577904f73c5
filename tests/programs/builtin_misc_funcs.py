# Misc builtins: abs/pow/divmod/round on mixed types, bool() of many values, isinstance
# on bool/int, type() names, id/hash stability, len of containers, all/any short-circuit,
# chr/ord round trips, sorted of mixed-length tuples, list(map(...)) with None padding errors.
print(abs(-7), abs(-7.5), abs(3 + 4j), abs(-2 ** 100), pow(2, 0.5), pow(-2, 2), pow(2.5, 2), pow(10, -2), divmod(-9, 4), divmod(9.0, -4))
print(round(2.5), round(-2.5), round(0.5), round(1.25, 1), round(-1.25, 1), round(1234.5678, -2), round(5, -1), round(15, -1))
print([bool(v) for v in (0, 0.0, 0j, "", (), [], {}, set(), None, range(0), b"", 1, "0", (0,), [[]], -1e-300)])
print(type(1).__name__, type(1.0).__name__, type(True).__name__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(type).__name__)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, bool.__mro__, int.__bases__, object.__bases__)
print(len("héllo"), len(b"h\xc3"), len([1, [2, 3]]), len({1: 2}), len(set("aab")), len(range(0, 10, 3)), len(()))
print(all([1, 2, 0, print("not reached?")]), any([0, 1, print("nor this")]))
print([ord(chr(c)) == c for c in (0, 127, 128, 255, 256, 0xD7FF, 0xE000, 0x10FFFF)])
print(sorted([(1, 2, 3), (1, 2), (0, 9), (1,)]), sorted(["10", "9", "100"]), sorted([10, 9, 100]), sorted([-1, 1, 0], key=abs))
print(list(zip(range(3), "ab", [True] * 5)), dict(zip("ab", range(2))), list(map(max, [1, 5], [4, 2])), list(enumerate("xy", 10)))
print(min(0.0, -0.0), max(-0.0, 0.0), min([1, 1.0]), max([1.0, 1]), min("b", "a", key=str.upper), max({3: 1, 4: 0}))
print(int("  -0  "), float("-0"), -0.0 == 0.0, str(-0.0), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 + 1 == 1e16)
print(hex(id(None)) != "", hash(None) == hash(None), hash("a") == hash("a"), hash(1.5) == hash(1.5), hash(10 ** 20) == hash(10 ** 20))
print(repr(1e16), repr(1e-4), repr(123456789.123456789), repr(2 / 3), str(1.0e300 * 10), repr(-1e-320), float("1e-320") > 0)
