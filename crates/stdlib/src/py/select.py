"""ferropy's select: `select()` and `poll` over the poll(2) call of _ferropy_socket (no epoll,
so selectors picks PollSelector)."""

import _ferropy_socket as _sys

error = OSError
POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP = 64, 128, 256, 512, 1024, 8192
PIPE_BUF = 4096


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    elif hasattr(obj, "fileno"):
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    else:
        raise TypeError("argument must be an int, or have a fileno() method.")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _millis(timeout):
    if timeout is None:
        return -1
    timeout = float(timeout)
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    return int(timeout * 1000 + 0.999999)


def select(rlist, wlist, xlist, timeout=None):
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    events = {}
    for objs, ev in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        for o in objs:
            fd = _fd(o)
            events[fd] = events.get(fd, 0) | ev
    ready = dict(_sys.poll(list(events.items()), _millis(timeout)))

    def pick(objs, mask):
        return [o for o in objs if ready.get(_fd(o), 0) & mask]

    return (pick(rlist, POLLIN | POLLHUP | POLLERR), pick(wlist, POLLOUT | POLLERR),
            pick(xlist, POLLPRI))


class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fd(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask

    def unregister(self, fd):
        del self._fds[_fd(fd)]

    def poll(self, timeout=None):
        ms = -1 if timeout is None or timeout < 0 else int(timeout + 0.999999)
        return _sys.poll(list(self._fds.items()), ms)
