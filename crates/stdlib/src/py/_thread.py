"""ferropy's _thread: what single-threaded code needs (locks that never block).

ferropy runs one thread at a time: `start_new_thread` runs the function to completion before
it returns, under a thread identity of its own (so `threading.current_thread()` inside it is the
new Thread). `Thread.start()` followed by `join()` therefore behaves as in CPython; programs
whose threads wait on each other (a consumer blocking on a queue fed later) cannot work.
"""

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


# Identities of the running "threads", innermost last: the main thread is 1.
_idents = [1]
_next_ident = [2]
# Sentinel locks made by each running thread, released when it ends (as CPython's are when
# the thread state goes away).
_sentinels = [[]]


def get_ident():
    return _idents[-1]


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
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident = _next_ident[0]
    _next_ident[0] += 1
    _idents.append(ident)
    _sentinels.append([])
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException as e:
        import sys
        print("Exception ignored in thread started by: %r" % (function,), file=sys.stderr)
        import traceback
        traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)
    finally:
        _idents.pop()
        for lock in _sentinels.pop():
            if lock.locked():
                lock.release()
    return ident


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


def _set_sentinel():
    lock = LockType()
    _sentinels[-1].append(lock)
    return lock


class _local:
    pass


class _ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args):
    """Print an exception that ended a Thread's run(), as CPython does."""
    if args.exc_type is SystemExit:
        return
    import sys
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=sys.stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)
    sys.stderr.flush()
