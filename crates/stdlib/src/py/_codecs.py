"""ferropy's _codecs: the codec registry and the UTF-8/Latin-1/ASCII codecs, on top of the
native str.encode and bytes.decode."""

_search = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return encoding.strip().lower().replace(" ", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    if not _search:
        import encodings  # registers its search function
    for f in _search:
        r = f(norm)
        if r is not None:
            _cache[norm] = r
            return r
    raise LookupError("unknown encoding: %s" % encoding)


def _strict(exc):
    raise exc


def _ignore(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _replace(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("?" * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _backslashreplace(exc):
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        return ("".join("\\x%02x" % b for b in part), exc.end)
    s = exc.object[exc.start:exc.end]
    out = []
    for c in s:
        o = ord(c)
        if o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return ("".join(out), exc.end)


def _xmlcharrefreplace(exc):
    s = exc.object[exc.start:exc.end]
    return ("".join("&#%d;" % ord(c) for c in s), exc.end)


def _namereplace(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append("\\N{%s}" % unicodedata.name(c))
        except ValueError:
            o = ord(c)
            out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
    return ("".join(out), exc.end)


_errors = {
    "strict": _strict,
    "ignore": _ignore,
    "replace": _replace,
    "backslashreplace": _backslashreplace,
    "xmlcharrefreplace": _xmlcharrefreplace,
    "namereplace": _namereplace,
    "surrogateescape": _strict,
    "surrogatepass": _strict,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _errors[name] = handler


def lookup_error(name):
    try:
        return _errors[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def encode(obj, encoding="utf-8", errors="strict"):
    if isinstance(obj, str) and _normalize(encoding) in _NATIVE:
        return obj.encode(encoding, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    if isinstance(obj, (bytes, bytearray)) and _normalize(encoding) in _NATIVE:
        return bytes(obj).decode(encoding, errors)
    return lookup(encoding).decode(obj, errors)[0]


_NATIVE = {"utf-8", "utf8", "utf_8", "latin-1", "latin1", "latin_1", "iso-8859-1",
           "iso8859-1", "ascii", "us-ascii"}


def _incomplete_utf8_tail(data):
    """How many bytes at the end of `data` start a UTF-8 sequence that is not complete."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return back if need > back else 0
    return 0


def utf_8_encode(s, errors=None):
    return (s.encode("utf-8", errors or "strict"), len(s))


def utf_8_decode(data, errors=None, final=False):
    data = bytes(data)
    cut = 0 if final else _incomplete_utf8_tail(data)
    part = data[:len(data) - cut]
    return (part.decode("utf-8", errors or "strict"), len(part))


def latin_1_encode(s, errors=None):
    return (s.encode("latin-1", errors or "strict"), len(s))


def latin_1_decode(data, errors=None, final=False):
    return (bytes(data).decode("latin-1", errors or "strict"), len(data))


def ascii_encode(s, errors=None):
    return (s.encode("ascii", errors or "strict"), len(s))


def ascii_decode(data, errors=None, final=False):
    return (bytes(data).decode("ascii", errors or "strict"), len(data))


def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}


def _charmap_one(c, mapping):
    """The bytes for one character, or None when the mapping has none."""
    if mapping is None:
        o = ord(c)
        return bytes([o]) if o < 256 else None
    try:
        v = mapping[ord(c)]
    except LookupError:
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes([v])
    if isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(v).__name__)


def charmap_encode(s, errors=None, mapping=None):
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        b = _charmap_one(s[i], mapping)
        if b is not None:
            out += b
            i += 1
            continue
        # A run of unmappable characters goes to the error handler at once.
        j = i + 1
        while j < n and _charmap_one(s[j], mapping) is None:
            j += 1
        exc = UnicodeEncodeError("charmap", s, i, j, "character maps to <undefined>")
        if errors in (None, "strict"):
            raise exc
        rep, i = lookup_error(errors)(exc)
        for c in rep:
            b = _charmap_one(c, mapping)
            if b is None:
                raise UnicodeEncodeError("charmap", s, exc.start, exc.end, "character maps to <undefined>")
            out += b
    return (bytes(out), len(s))


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return latin_1_decode(data, errors)
    data = bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        try:
            c = mapping[data[i]]
        except LookupError:
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == "\ufffe":
            exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            if errors in (None, "strict"):
                raise exc
            rep, i = lookup_error(errors)(exc)
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return ("".join(out), len(data))


def escape_encode(data, errors=None):
    return (repr(bytes(data))[2:-1].encode("ascii"), len(data))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    return (eval("b'''" + bytes(data).decode("latin-1").replace("'", "\\'") + "'''"), len(data))


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    s = bytes(data).decode("latin-1")
    return (eval("'''" + s.replace("'", "\\'") + "'''"), len(data))


def unicode_escape_encode(s, errors=None):
    return (repr(s)[1:-1].encode("latin-1"), len(s))


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    s = bytes(data).decode("latin-1")
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        # A run of backslashes: only an odd one followed by u/U starts an escape.
        j = i
        while j < n and s[j] == "\\":
            j += 1
        run = j - i
        if run % 2 == 1 and j < n and s[j] in "uU":
            out.append("\\" * (run - 1))
            width = 4 if s[j] == "u" else 8
            digits = s[j + 1:j + 1 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), j - 1, j + 1 + len(digits),
                                         "truncated \\%sXXXX escape" % ("u" if width == 4 else "UXXXX"))
            out.append(chr(int(digits, 16)))
            i = j + 1 + width
        else:
            out.append("\\" * run)
            i = j
    return ("".join(out), len(data))


def raw_unicode_escape_encode(s, errors=None):
    out = []
    for c in s:
        o = ord(c)
        if o < 0x100:
            out.append(c)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return ("".join(out).encode("latin-1"), len(s))
