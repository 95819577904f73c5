# OSError with errno, strerror and a filename: the errno picks the subclass, the filename
# (and filename2) become attributes, args keep only (errno, strerror), and str() shows
# "[Errno N] text: 'file'" (with " -> 'file2'" for two files); open() of a missing file too.
e = OSError(2, "No such file", "data.txt")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
print(str(e))
print(repr(e))
e = OSError(2, "No such file", "a", None, "b")
print(type(e).__name__, e.args, str(e), e.filename2)
e = OSError(13, "denied")
print(type(e).__name__, e.args, str(e), e.filename)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, str(e), e.errno)
e = OSError("just a message")
print(e.args, e.errno, str(e))
e = PermissionError(1, "nope", "p", 0, "q")
print(e.args, str(e))


class AppError(OSError):
    pass


e = AppError(2, "missing", "cfg.ini")
print(type(e).__name__, e.args, str(e), e.filename, isinstance(e, FileNotFoundError))
e = OSError(2, "m")
e.filename = "later.txt"
print(str(e))
try:
    open("/nonexistent-dir/x.txt")
except FileNotFoundError as err:
    print(err.args, err.errno, err.filename, str(err))
raise OSError(17, "File exists", "out.bin")
