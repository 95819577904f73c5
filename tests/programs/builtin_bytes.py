# bytes and bytearray: construction, indexing, slicing, hex/fromhex, decode, common methods.
b = b"hello world"
print(b, b[0], b[-1], b[1:4], b[::-1], len(b), b"lo" in b, 104 in b, list(b[:3]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"x"))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(), b"abc".hex("-"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b.strip(b"hd"))
print(b"-".join([b"a", b"b"]), b"a,b".split(b","), b + b"!", b * 2, b"abc" < b"abd", b == b"hello world")
print(repr(b"it's"), repr(b'"q"'), b"\t\n\r\\", bytes([0, 127, 128, 255]))
print(b.index(b"w"), b.rfind(b"o"), b.isalpha(), b"123".isdigit(), b.title(), b.capitalize())
print(b.partition(b" "), b.ljust(13, b"*"), b.center(15), b.endswith((b"d", b"x")), b"  x ".strip())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"g"
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.pop(), ba)
del ba[0]
ba.insert(0, 122)
ba.reverse()
print(ba, ba.decode(), bytearray(2), bytearray([1, 2]), bytearray("hi", "ascii"))
ba[1:3] = b"XYZ"
print(ba, ba.find(b"Z"), ba.upper(), b"%s=%d" % (b"k", 5), ba.hex())
try:
    ba.append(300)
except ValueError as e:
    print("ValueError:", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], bytes.fromhex("41") == b"A", b"A"[0] == 65)
print(b"a b  c".split(b" "), b"x".zfill(3), b"ab".islower(), b"AB".isupper(), ord(b"a"), chr(b"a"[0]))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
