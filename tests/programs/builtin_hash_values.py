# hash() of builtin values equals CPython's (PYTHONHASHSEED=0): ints, floats, strings, bytes,
# tuples, frozensets, complex numbers; equal values hash equal across types.
ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64 + 5, -(2**70), 10**30]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 1e-300, 5e-324, 3.141592653589793, float("inf"), -float("inf")]
print([hash(f) for f in floats])
strs = ["", "a", "b", "ab", "hello", "hello world", "x" * 100, "é", "ñandú", "€", "日本語", "😀"]
print([hash(s) for s in strs])
print([hash(b) for b in [b"", b"a", b"hello", bytes(range(20))]])
tuples = [(), (1,), (1, 2), ("a", 1, 2.5), ((1, 2), (3,)), (None,) * 0]
print([hash(t) for t in tuples])
print([hash(fs) for fs in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset("abc")]])
print([hash(c) for c in [1j, 1 + 2j, -3.5 + 0.5j, complex(2, 0)]])
print(hash(1) == hash(1.0) == hash(True) == hash(complex(1, 0)))
print(hash(2**61 - 1) == hash(0), hash(-1) == hash(-2))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1.0, "a")))


class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash((P, self.x)) & 0xFF

    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x


print(hash(P(3)) == hash(P(3)), len({P(1), P(1), P(2)}))


class BigHash:
    def __hash__(self):
        return 2**100


print(hash(BigHash()))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({"a": 1})
except TypeError as e:
    print("TypeError:", e)
