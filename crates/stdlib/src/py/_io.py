"""ferropy's _io: in-memory streams (StringIO, BytesIO) written in Python, the base classes
`io` builds its ABCs on, and the native file objects of `open()`."""

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"
BlockingIOError = BlockingIOError


class _IOBase:
    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    @property
    def closed(self):
        return getattr(self, "_ferropy_closed", False)

    def close(self):
        self._ferropy_closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported("readline")

    def readlines(self, hint=-1):
        out = []
        total = 0
        for line in self:
            out.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return out

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        return bytes(out)


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class _TextIOBase(_IOBase):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class StringIO(_TextIOBase):
    """A text stream in memory. Writes at the end are kept as chunks and joined on demand."""

    def _checkClosed(self, msg=None):
        if self._ferropy_closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._chunks = [self._translate(initial_value)] if initial_value else []
        self._len = len(self._chunks[0]) if self._chunks else 0
        self._pos = 0
        self._ferropy_closed = False

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl not in ("", "\n"):
            s = s.replace("\n", nl)
        return s

    def _text(self):
        if len(self._chunks) > 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    def getvalue(self):
        self._checkClosed()
        return self._text()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if self._pos == self._len:
            self._chunks.append(s)
            self._len += len(s)
            self._pos = self._len
            return n
        text = self._text()
        if self._pos > self._len:
            text += "\0" * (self._pos - self._len)
        text = text[:self._pos] + s + text[self._pos + len(s):]
        self._chunks = [text]
        self._len = len(text)
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        text = self._text()
        if size is None or size < 0:
            end = self._len
        else:
            end = min(self._len, self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._checkClosed()
        text = self._text()
        i = text.find("\n", self._pos)
        end = self._len if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        text = self._text()[:pos]
        self._chunks = [text]
        self._len = len(text)
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class BytesIO(_BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self._ferropy_closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if self._pos > len(self._buf):
            self._buf += bytes(self._pos - len(self._buf))
        self._buf[self._pos:self._pos + n] = b
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        i = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        del self._buf[pos:]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        return (b"", int(self._pendingcr))

    def setstate(self, state):
        self._pendingcr = bool(state[1] & 1)

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    newlines = None


open = open


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "utf-8"
    return encoding


with open("/dev/null") as _f:
    _NativeText = type(_f)
with open("/dev/null", "rb") as _f:
    _NativeReader = type(_f)
with open("/dev/null", "wb") as _f:
    _NativeWriter = type(_f)
del _f


class _BufferedMeta(type):
    # The native binary files of open() count as instances (and their types as subclasses)
    # of BufferedReader / BufferedWriter, which are otherwise the Python classes below.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        mro = getattr(sub, "__mro__", ())
        return cls in mro or cls._ferropy_native in mro


class _BufferedOver(_BufferedIOBase):
    """What BufferedReader and BufferedWriter share: the raw stream they wrap."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("invalid buffer size")
        self.raw = raw
        self.buffer_size = buffer_size

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        if self.raw is not None and not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw


class BufferedReader(_BufferedOver, metaclass=_BufferedMeta):
    """A read buffer over a raw stream (`io.BufferedReader(raw)`), as gzip, bz2, lzma and
    tarfile build them."""
    _ferropy_native = _NativeReader

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _BufferedOver.__init__(self, raw, buffer_size)
        self._buf = b""

    def flush(self):
        pass

    def writable(self):
        return False

    def _more(self, size):
        chunk = self.raw.read(size)
        return chunk or b""

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            chunks = [self._buf]
            self._buf = b""
            while True:
                chunk = self._more(self.buffer_size)
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        while len(self._buf) < size:
            chunk = self._more(max(self.buffer_size, size - len(self._buf)))
            if not chunk:
                break
            self._buf += chunk
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def read1(self, size=-1):
        self._checkClosed()
        if not self._buf:
            self._buf = self._more(self.buffer_size if size < 0 else max(size, 1))
        if size < 0:
            size = len(self._buf)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def peek(self, size=0):
        self._checkClosed()
        if not self._buf:
            self._buf = self._more(self.buffer_size)
        return self._buf

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        out = bytearray()
        while size < 0 or len(out) < size:
            if not self._buf:
                self._buf = self._more(self.buffer_size)
                if not self._buf:
                    break
            i = self._buf.find(b"\n")
            take = len(self._buf) if i < 0 else i + 1
            if size >= 0:
                take = min(take, size - len(out))
            out += self._buf[:take]
            self._buf = self._buf[take:]
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def tell(self):
        return self.raw.tell() - len(self._buf)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._buf)
        self._buf = b""
        return self.raw.seek(pos, whence)


class BufferedWriter(_BufferedOver, metaclass=_BufferedMeta):
    """A write buffer over a raw stream (`io.BufferedWriter(raw)`)."""
    _ferropy_native = _NativeWriter

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _BufferedOver.__init__(self, raw, buffer_size)
        self._wbuf = bytearray()

    def readable(self):
        return False

    def write(self, b):
        self._checkClosed()
        n = len(memoryview(b).cast("B"))
        self._wbuf += b
        if len(self._wbuf) >= self.buffer_size:
            self.flush()
        return n

    def flush(self):
        if self.raw is None:
            return
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if not n:
                break
            del self._wbuf[:n]

    def tell(self):
        return self.raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self.flush()
        return self.raw.seek(pos, whence)


class _TextMeta(type):
    # The native text files of open() count as TextIOWrapper instances.
    def __instancecheck__(cls, obj):
        mro = type(obj).__mro__
        return cls in mro or (cls is TextIOWrapper and _NativeText in mro)


class TextIOWrapper(_TextIOBase, metaclass=_TextMeta):
    """Text over a binary buffer (`TextIOWrapper(buffer, encoding)`), decoded at the first
    read; writes are encoded and passed on."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self.line_buffering = line_buffering
        self._text = None
        self._ferropy_closed = False

    def _load(self):
        if self._text is None:
            data = self.buffer.read()
            text = data.decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = StringIO(text, newline="\n")
        return self._text

    def read(self, size=-1):
        return self._load().read(size)

    def readline(self, size=-1):
        return self._load().readline(size)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self._ferropy_closed:
            self._ferropy_closed = True
            self.buffer.close()

    @property
    def name(self):
        return getattr(self.buffer, "name", None)

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b


class BufferedRandom(BufferedReader):
    """Reads and writes over one seekable raw stream: a write first drops the read buffer
    (moving the raw position back to the logical one) and goes straight through."""

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        self._checkClosed()
        if self._buf:
            self.raw.seek(-len(self._buf), 1)
            self._buf = b""
        return self.raw.write(b)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined (`socket.makefile("rwb")`)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


class FileIO(_RawIOBase):
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation("FileIO is not supported by ferropy yet")
