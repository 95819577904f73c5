# abs, divmod, bin/oct/hex, chr/ord, ascii, hash of numbers, bool() truthiness and their errors
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-10 ** 30), abs(-0.0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, -2), divmod(10 ** 20, 7), divmod(True, 2))
for f in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: abs('x'), lambda: divmod('a', 1)]:
    try:
        f()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-1), hex(2 ** 70), bin(0), bin(True))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), chr(Idx()))
for f in [lambda: bin(1.5), lambda: hex('a'), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: ord(5), lambda: chr('a')]:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(chr(65), chr(0x1F600), ord('€'), ord(b'A'), ord(bytearray(b'z')), chr(0))
print(ascii('héllo'), ascii([1, 'ü']), ascii('\U0001f600'), ascii('plain'), ascii(b'\xff'), ascii('\x7f'))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(0.5))
print(bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(set()), bool(None), bool(0j), bool(range(0)), bool('0'), bool([0]))
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return 1
print(bool(L()))
try:
    bool(B())
except TypeError as e:
    print("TypeError:", e)
