"""ferropy's _signal: signal numbers, and handlers that are recorded but (apart from
SIGINT, which ferropy turns into KeyboardInterrupt itself) not installed."""

SIGABRT = 6
SIGALRM = 14
SIGBUS = 7
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGFPE = 8
SIGHUP = 1
SIGILL = 4
SIGINT = 2
SIGIO = 29
SIGIOT = 6
SIGKILL = 9
SIGPIPE = 13
SIGPOLL = 29
SIGPROF = 27
SIGPWR = 30
SIGQUIT = 3
SIGRTMAX = 64
SIGRTMIN = 34
SIGSEGV = 11
SIGSTKFLT = 16
SIGSTOP = 19
SIGSYS = 31
SIGTERM = 15
SIGTRAP = 5
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGUSR1 = 10
SIGUSR2 = 12
SIGVTALRM = 26
SIGWINCH = 28
SIGXCPU = 24
SIGXFSZ = 25
SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}


def signal(signalnum, handler):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return _handlers.get(signalnum, SIG_DFL)


def raise_signal(signalnum):
    handler = _handlers.get(signalnum, SIG_DFL)
    if callable(handler):
        handler(signalnum, None)
    elif signalnum == SIGINT and handler == SIG_DFL:
        raise KeyboardInterrupt


def strsignal(signalnum):
    names = {SIGINT: "Interrupt", SIGTERM: "Terminated", SIGKILL: "Killed",
             SIGHUP: "Hangup", SIGALRM: "Alarm clock", SIGSEGV: "Segmentation fault"}
    return names.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))


def alarm(seconds):
    return 0


def pause():
    pass


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag):
    pass
