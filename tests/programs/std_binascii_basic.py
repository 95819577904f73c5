# binascii: hexlify with separators, unhexlify errors, a2b/b2a_base64 (newline=, strict_mode=,
# bad padding messages), crc32 chaining and start values, crc_hqx, Error's class hierarchy.
import binascii

print(binascii.hexlify(b"\x00\x7f\x80\xff"), binascii.b2a_hex(bytearray(b"ab")))
data = bytes(range(1, 8))
for sep, n in [("-", 1), (":", 2), (b"|", 3), (" ", -2), ("_", -3), (".", 7), (".", 10)]:
    print(repr(sep), n, binascii.hexlify(data, sep, n))
print(binascii.hexlify(memoryview(b"xyz")))
for arg in [b"00ff", "00FF", bytearray(b"aBcD"), b"", b"0", b"0g", "zz"]:
    try:
        print(repr(arg), binascii.unhexlify(arg))
    except binascii.Error as e:
        print(repr(arg), "Error:", e)
try:
    binascii.a2b_hex("\u00e9\u00e9")
except ValueError as e:
    print(type(e).__name__, e)
try:
    binascii.hexlify("abc")
except TypeError as e:
    print("TypeError:", e)
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False))
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"", newline=False))
for arg in [b"aGVsbG8=", "aGVsbG8=", b"aGVs\nbG8=", b"aGVsbG8", b"aGVsbA", b"a", b"abcde",
            b"ab==cd", b"YQ==YWJj", b"====", b"a=b=c=d=", b"*&^%", b"YWJj\x00ZGVm"]:
    try:
        print(arg, binascii.a2b_base64(arg))
    except binascii.Error as e:
        print(arg, "Error:", e)
for arg in [b"aGVsbG8=", b"=aGVsbG8", b"aGVs bG8=", b"aGVsbG8=a", b"aG=VsbG8"]:
    try:
        print(arg, binascii.a2b_base64(arg, strict_mode=True))
    except binascii.Error as e:
        print(arg, "strict Error:", e)
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox"))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 12345), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 7))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 5), binascii.crc_hqx(b"abc", 0))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__)
