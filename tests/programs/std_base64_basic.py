# base64: standard, urlsafe, base32, base16, base85 and ascii85 round trips, encodebytes line
# wrapping, validate=, altchars=, and the binascii.Error raised for bad padding or characters.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]
for s in samples:
    e = base64.b64encode(s)
    assert base64.b64decode(e) == s
    print(s[:8], e)
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"))
print(base64.b64decode(b"-_-_", altchars=b"-_"))
print(base64.urlsafe_b64encode(bytes(range(248, 256))))
print(base64.urlsafe_b64decode("-_8="))
print(base64.standard_b64decode("Zm9vYmFy"))
print(base64.b64decode("Zm9v\nYmFy"))
print(base64.b64decode(b"Zm9v!!YmFy"))
for bad in [b"Zm9v!", b"Zm9", b"Z", b"Zm9vY"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64decode("é")
except ValueError as e:
    print(type(e).__name__, e)
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"y" * 70)))
for s in samples[:7]:
    e = base64.b32encode(s)
    print(e, base64.b32decode(e) == s, base64.b32hexencode(s))
print(base64.b32decode(b"mzxw6===", casefold=True))
print(base64.b32decode(b"MZXW6YQ=", map01=b"L") if False else base64.b32decode(b"MZXW6YQ="))
try:
    base64.b32decode(b"MZXW6")
except binascii.Error as e:
    print("Error:", e)
print(base64.b16encode(b"\x00\x01\xfe\xff"), base64.b16decode(b"00FF"), base64.b16decode(b"00ff", casefold=True))
try:
    base64.b16decode(b"00ff")
except binascii.Error as e:
    print("Error:", e)
for s in samples[:7]:
    print(base64.b85encode(s), base64.b85decode(base64.b85encode(s)) == s)
print(base64.b85encode(b"abc", pad=True))
print(base64.a85encode(b"hello world"), base64.a85encode(b"\0\0\0\0xyz", adobe=True))
print(base64.a85decode(b"<~87cURDZ~>", adobe=True))
print(base64.z85encode(b"\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b") if hasattr(base64, "z85encode") else "no z85")
