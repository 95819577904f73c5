# hmac (new/update/copy/digest, hmac.digest, compare_digest on str and bytes, errors) and the
# deterministic parts of secrets and uuid (lengths, uuid3/uuid5, parsing) that need hashlib/binascii.
import hmac
import hashlib
import secrets
import uuid

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(b"key", digestmod="sha256")
h2.update(b"The quick brown fox ")
c = h2.copy()
h2.update(b"jumps over the lazy dog")
print(h2.hexdigest(), c.hexdigest())
print(hmac.digest(b"k" * 100, b"msg", "sha1").hex())
print(hmac.new(b"", b"", "sha512").hexdigest()[:40])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest(bytearray(b"x"), b"x"),
      hmac.compare_digest(b"ab", b"abc"))
for a, b in [("abc", b"abc"), (1, 2), ("\u00e9", "\u00e9")]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(b"key")
except TypeError as e:
    print("TypeError:", e)
print(len(secrets.token_bytes(16)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(9)))
print(secrets.compare_digest("a", "a"), 0 <= secrets.randbelow(10) < 10)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "http://example.com/").hex)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, u.int, u.version, u.variant, u.bytes, u.urn, repr(u), u.fields)
u4 = uuid.uuid4()
print(u4.version, len(str(u4)))
print(uuid.UUID(bytes=b"\x12" * 16), uuid.UUID(int=1), uuid.UUID(hex="0" * 32) < uuid.UUID(int=5))
