# hashlib: md5, sha1, sha2, sha3, shake and blake2 digests (CPython's values), update/copy,
# hashlib.new by name, name/digest_size/block_size, argument errors, pbkdf2_hmac and file_digest.
import hashlib
import io

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
for n in names:
    ctor = getattr(hashlib, n)
    for m in msgs:
        print(n, len(m), ctor(m).hexdigest())
for n in names:
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size)
h = hashlib.sha256()
for part in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(part)
c = h.copy()
c.update(b".")
print(h.hexdigest(), c.hexdigest())
print(h.digest() == hashlib.sha256(msgs[2]).digest(), len(h.digest()))
print(hashlib.md5(b"abc").digest())
print(hashlib.sha1(bytearray(b"abc")).hexdigest(), hashlib.sha1(memoryview(b"abc")).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest(), hashlib.new("md5", data=b"x").hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
for n in ["shake_128", "shake_256"]:
    s = getattr(hashlib, n)(b"abc")
    print(n, s.name, s.digest_size, s.block_size, s.hexdigest(16), s.digest(4), s.copy().hexdigest(0))
print(hashlib.blake2b(b"abc", digest_size=20).hexdigest(), hashlib.blake2s(b"abc", digest_size=8).hexdigest())
print(hashlib.blake2b(digest_size=5).digest_size)
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.sha256(12), lambda: hashlib.new("nope"),
            lambda: hashlib.sha1().update("x"), lambda: hashlib.blake2b(digest_size=65)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, 16).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.file_digest(io.BytesIO(b"abc" * 1000), "md5").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
