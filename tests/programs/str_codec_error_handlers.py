# str.encode / bytes.decode with the error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace
s = "aé€😀"
for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-32", "cp1252", "utf-16-le"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except (UnicodeEncodeError, LookupError) as e:
            print(enc, err, type(e).__name__, e)
for enc in ["ascii", "latin-1", "utf-8"]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
b = b"ok\xff\xfe\x80end\xe2\x82"
for err in ["ignore", "replace", "backslashreplace"]:
    print(err, repr(b.decode("utf-8", err)), repr(b.decode("ascii", err)))
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason, e)
print(b.decode("latin-1"), repr(b"\xe9".decode("cp1252")), "€".encode("cp1252"), b"\x80".decode("cp1252"))
print("x".encode(encoding="utf-8", errors="strict"), b"x".decode(errors="ignore"), str(b"a\xffb", "utf-8", "replace"))
print("Ünïcödé".encode("utf-8").decode("utf-8"), len("😀".encode("utf-16")), "😀".encode("utf-16-be").hex())
for bad in [lambda: "x".encode("nope"), lambda: "é".encode("ascii", "nope"), lambda: b"x".decode("nope"),
            lambda: "x".encode(1), lambda: b"\xff".decode("utf-8", "strict")]:
    try:
        print(bad())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
