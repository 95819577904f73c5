# bytearray mutation: append/extend/insert/pop/remove/reverse/clear/copy, slice assignment and deletion, errors
b = bytearray(b"hello")
b.append(33); b.extend(b" you"); b.extend([46, 46]); b.insert(0, 62); b.insert(-1, 95)
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("l")); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(c, b[:3])
b[0] = 65; b[-1] = 90; print(b)
b[1:3] = b"XYZW"; print(b)
b[::2] = bytes(len(b[::2])); print(b)
del b[::3]; print(b)
del b[1:4]; print(b)
b[2:2] = [1, 2, 3]; print(b)
b[:] = b"reset"; print(b)
b += b"++"; b *= 2; print(b, b * 0, bytearray(b"ab") * 3)
b2 = bytearray(range(5)); b2[1:4] = bytearray(b"\xff"); print(b2)
b3 = bytearray(b"abc"); b3[0:1] = memoryview(b"ZZ") if True else b""; print(b3)
for bad in [lambda: bytearray(b"x").append(256), lambda: bytearray(b"x").append("a"), lambda: bytearray().pop(),
            lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").insert(0, -1), lambda: bytearray(b"ab")[5],
            lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"ab").extend([1, "x"]),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray(b"a").index(b"z"),
            lambda: hash(bytearray())]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"Hello World")
print(ba.upper(), ba.lower(), ba.replace(b"o", b"0"), ba.split(), ba.find(b"o"), ba.count(b"l"), ba.startswith(b"He"))
print(ba.decode(), ba.hex(), ba[0], ba[1:3], b"W" in ba, 111 in ba, ba == b"Hello World", ba < b"Z", bytes(ba) is not ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
