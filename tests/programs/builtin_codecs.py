# str.encode/bytes.decode with utf-8, ascii and latin-1, error handlers, and the messages of
# UnicodeEncodeError/UnicodeDecodeError.
text = "naïve café €5"
for enc in ["utf-8", "utf8", "latin-1", "ascii", "UTF-8"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, e.reason)
data = [b"plain", b"caf\xc3\xa9", b"\xff\xfe", b"ab\xe2\x82", b"\xe2\x82x", b"\xc3(", b"\xed\xa0\x80"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1"]:
        try:
            print(d, enc, repr(d.decode(enc)))
        except UnicodeDecodeError as e:
            print(d, enc, "UnicodeDecodeError:", e)
print(b"caf\xc3\xa9 \xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
print(str(b"caf\xc3\xa9", "utf-8"), bytes("é", "latin-1"), bytearray("é", "utf-8"))
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    raise UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
except UnicodeError as e:
    print(type(e).__name__, e, e.args[2:])
print(len("日本".encode()), "日本".encode().decode(), "ß".encode("utf-8").hex())
