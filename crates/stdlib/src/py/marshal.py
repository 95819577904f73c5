"""ferropy's marshal: CPython's marshal format for plain values (None, bools, ints, floats,
complex, str, bytes, tuples, lists, dicts, sets, frozensets, Ellipsis, StopIteration).
`loads` reads what CPython writes, references included; `dumps` writes no references (valid
input for CPython's loads, not byte-identical to its output). Code objects are not supported."""

import struct as _struct

version = 4
_FLAG_REF = 0x80


def dumps(value, version=version, /):
    out = bytearray()
    _dump(value, out)
    return bytes(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


def _dump_int(n, out):
    if -2**31 <= n < 2**31:
        out += b"i" + _struct.pack("<i", n)
        return
    digits = []
    m = abs(n)
    while m:
        digits.append(m & 0x7FFF)
        m >>= 15
    out += b"l" + _struct.pack("<i", len(digits) if n > 0 else -len(digits))
    for d in digits:
        out += _struct.pack("<H", d)


def _dump_seq(code, items, out):
    out += code + _struct.pack("<i", len(items))
    for item in items:
        _dump(item, out)


def _dump(v, out):
    t = type(v)
    if v is None:
        out += b"N"
    elif v is True:
        out += b"T"
    elif v is False:
        out += b"F"
    elif v is Ellipsis:
        out += b"."
    elif v is StopIteration:
        out += b"S"
    elif t is int:
        _dump_int(v, out)
    elif t is float:
        out += b"g" + _struct.pack("<d", v)
    elif t is complex:
        out += b"y" + _struct.pack("<dd", v.real, v.imag)
    elif t is str:
        data = v.encode("utf-8", "surrogatepass")
        out += b"u" + _struct.pack("<i", len(data)) + data
    elif t in (bytes, bytearray, memoryview):
        data = bytes(v)
        out += b"s" + _struct.pack("<i", len(data)) + data
    elif t is tuple:
        _dump_seq(b"(", v, out)
    elif t is list:
        _dump_seq(b"[", v, out)
    elif t is set:
        _dump_seq(b"<", list(v), out)
    elif t is frozenset:
        _dump_seq(b">", list(v), out)
    elif t is dict:
        out += b"{"
        for k, item in v.items():
            _dump(k, out)
            _dump(item, out)
        out += b"0"
    else:
        raise ValueError("unmarshallable object")


class _Reader:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def int32(self):
        return _struct.unpack("<i", self.take(4))[0]

    def read(self):
        code = self.take(1)[0]
        flag = code & _FLAG_REF
        code = chr(code & ~_FLAG_REF)
        if code == "r":
            return self.refs[self.int32()]
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        value = self.value(code, slot)
        if flag:
            self.refs[slot] = value
        return value

    def value(self, code, slot):
        simple = {"N": None, "T": True, "F": False, ".": Ellipsis, "S": StopIteration}
        if code in simple:
            return simple[code]
        if code == "i":
            return self.int32()
        if code == "l":
            n = self.int32()
            value = 0
            for i in range(abs(n)):
                value |= _struct.unpack("<H", self.take(2))[0] << (15 * i)
            return -value if n < 0 else value
        if code == "g":
            return _struct.unpack("<d", self.take(8))[0]
        if code == "y":
            return complex(*_struct.unpack("<dd", self.take(16)))
        if code in "uta":
            data = self.take(self.int32())
            if code == "a":
                return data.decode("latin-1")
            return data.decode("utf-8", "surrogatepass")
        if code in "AzZ":
            n = self.take(1)[0] if code in "zZ" else self.int32()
            return self.take(n).decode("latin-1")
        if code == "s":
            return self.take(self.int32())
        if code in "()[<>":
            n = self.take(1)[0] if code == ")" else self.int32()
            items = [self.read() for _ in range(n)]
            if code in "()":
                return tuple(items)
            if code == "[":
                return items
            return set(items) if code == "<" else frozenset(items)
        if code == "{":
            d = {}
            if slot is not None:
                self.refs[slot] = d
            while self.data[self.pos:self.pos + 1] != b"0":
                k = self.read()
                d[k] = self.read()
            self.pos += 1
            return d
        if code == "c":
            raise ValueError("ferropy's marshal cannot load code objects")
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    return _Reader(data).read()


def load(file, /):
    r = _Reader(file.read())
    value = r.read()
    return value
