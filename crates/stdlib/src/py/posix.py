"""ferropy's posix: the system calls of `_posix` (Rust) with CPython's Python-facing shapes
(`stat_result`, `environ` of bytes, `scandir` and `DirEntry`, `terminal_size`, ...)."""

import _posix

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
WNOHANG = 1
EX_OK = 0
TMP_MAX = 238328
NGROUPS_MAX = 65536

error = OSError
_have_functions = []


class _StructSeq(tuple):
    """A tuple with named fields (CPython's struct sequences)."""

    n_sequence_fields = 0
    _fields = ()
    _extra = ()

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:cls.n_sequence_fields])
        self._all = seq
        return self

    def __getattr__(self, name):
        names = self._fields + self._extra
        if name in names:
            i = names.index(name)
            if i < len(self._all):
                return self._all[i]
            return None
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))
        return "%s.%s(%s)" % (self._module, type(self).__name__, parts)

    def __reduce__(self):
        return (type(self), (tuple(self),))


class stat_result(_StructSeq):
    n_sequence_fields = 10
    _module = "os"
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "_st_atime_int", "_st_mtime_int", "_st_ctime_int")
    _extra = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
              "st_blksize", "st_blocks", "st_rdev")

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) == 16:
            # From _posix: the three float times come where CPython keeps int times.
            ints = (int(seq[7]), int(seq[8]), int(seq[9]))
            full = seq[:7] + ints + seq[7:]
        else:
            full = seq
        self = tuple.__new__(cls, full[:10])
        self._all = full
        return self

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, tuple(self)))


class terminal_size(_StructSeq):
    n_sequence_fields = 2
    _module = "os"
    _fields = ("columns", "lines")


class uname_result(_StructSeq):
    n_sequence_fields = 5
    _module = "posix"
    _fields = ("sysname", "nodename", "release", "version", "machine")


class times_result(_StructSeq):
    n_sequence_fields = 5
    _module = "posix"
    _fields = ("user", "system", "children_user", "children_system", "elapsed")


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def _p(path):
    if isinstance(path, int):
        return path
    return fspath(path)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(_p(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.stat(_p(path), False))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


def getcwd():
    return _posix.getcwd()


def getcwdb():
    return _posix.getcwd(True)


def chdir(path):
    _posix.chdir(_p(path))


def listdir(path=None):
    return _posix.listdir("." if path is None else _p(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_p(path), mode)


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_p(path))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_p(path))


remove = unlink


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src), _p(dst))


replace = rename


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(_p(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _posix.chmod(_p(path), mode)


def readlink(path, *, dir_fd=None):
    return _posix.readlink(_p(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_p(src), _p(dst))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    _posix.utime(_p(path), times)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _posix.open(_p(path), flags, mode)


getpid = _posix.getpid
getppid = _posix.getppid
getuid = _posix.getuid
geteuid = _posix.geteuid
getgid = _posix.getgid
getegid = _posix.getegid
umask = _posix.umask
urandom = _posix.urandom
strerror = _posix.strerror
close = _posix.close
dup = _posix.dup
dup2 = _posix.dup2
pipe = _posix.pipe
read = _posix.read
write = _posix.write
lseek = _posix.lseek
isatty = _posix.isatty
cpu_count = _posix.cpu_count
kill = _posix.kill
waitpid = _posix.waitpid
WUNTRACED = 2
WCONTINUED = 8


def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return ((status & 0x7F) + 1) >> 1 > 0 and status & 0x7F != 0x7F and status & 0x7F != 0


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return status & 0xFF == 0x7F


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WIFCONTINUED(status):
    return status == 0xFFFF


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


def wait():
    return waitpid(-1, 0)
_exit = _posix._exit


def closerange(lo, hi):
    for fd in range(lo, hi):
        try:
            close(fd)
        except OSError:
            pass


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def uname():
    return uname_result(_posix.uname())


def times():
    return times_result(_posix.times())


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size(fd))


def device_encoding(fd):
    return "utf-8" if isatty(fd) else None


def get_inheritable(fd):
    return False


def set_inheritable(fd, inheritable):
    pass


def get_blocking(fd):
    return True


def set_blocking(fd, blocking):
    pass


def waitstatus_to_exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    return -(status & 0x7f)


def getlogin():
    return environ.get(b"USER", b"root").decode()


def cpu_count():
    return _posix.cpu_count()


environ = {k: v for k, v in _posix.environ_items()}


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        if isinstance(name, bytes):
            sep = b"/"
            base = directory if directory not in (b"", b".") or directory == b"." else b""
        else:
            sep = "/"
            base = directory
        if base.endswith(sep):
            self.path = base + name
        else:
            self.path = base + sep + name
        self._lstat = None
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path="."):
    path = fspath(path)
    if path == "":
        raise FileNotFoundError(2, "No such file or directory", path)
    return _ScandirIterator(path)
