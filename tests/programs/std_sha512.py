# _sha512: sha512 and sha384 digests, update, copy, hexdigest, names and sizes (random.seed
# uses sha512 for str and bytes seeds).
import _sha512

h = _sha512.sha512(b"abc")
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
h2 = h.copy()
h2.update(b"def")
print(h.hexdigest()[:16], h2.hexdigest()[:16])
print(_sha512.sha512().hexdigest()[:20])
print(_sha512.sha512(bytearray(b"x" * 1000)).digest()[:8])
print(_sha512.sha384(b"abc").hexdigest(), _sha512.sha384().name)
try:
    _sha512.sha512("text")
except TypeError as e:
    print("TypeError", e)
