"""ferropy's _thread: what single-threaded code needs (locks that never block, one thread)."""

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


class LockType:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError("deadlock: lock already held by the only thread")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _at_fork_reinit(self):
        self._count = 0


def get_ident():
    return 1


def get_native_id():
    import posix
    return posix.getpid()


def _count():
    return 0


def stack_size(size=0):
    return 0


def daemon_threads_allowed():
    return True


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("ferropy does not support threads yet")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


def _set_sentinel():
    return LockType()


class _local:
    pass


class _ExceptHookArgs(tuple):
    pass


def _excepthook(args):
    pass
