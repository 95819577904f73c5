"""ferropy's _socket: sockets over the system calls of _ferropy_socket (socket.rs). IPv4
(`AF_INET`, dotted-quad or resolved host names) and `AF_UNIX` addresses; timeouts are waits
in poll() before each blocking call. What socket.py, selectors, asyncio, http and logging
need to import, plus working socketpair/bind/listen/accept/connect/send/recv."""

import _ferropy_socket as _sys
import posix as _posix

_CONSTANTS = dict(
    AF_ALG=38, AF_APPLETALK=5, AF_ASH=18, AF_ATMPVC=8, AF_ATMSVC=20, AF_AX25=3, AF_BRIDGE=7,
    AF_CAN=29, AF_ECONET=19, AF_INET=2, AF_INET6=10, AF_IPX=4, AF_IRDA=23, AF_KEY=15, AF_LLC=26,
    AF_NETBEUI=13, AF_NETLINK=16, AF_NETROM=6, AF_PACKET=17, AF_PPPOX=24, AF_QIPCRTR=42,
    AF_RDS=21, AF_ROSE=11, AF_ROUTE=16, AF_SECURITY=14, AF_SNA=22, AF_TIPC=30, AF_UNIX=1,
    AF_UNSPEC=0, AF_VSOCK=40, AF_WANPIPE=25, AF_X25=9, AI_ADDRCONFIG=32, AI_ALL=16,
    AI_CANONNAME=2, AI_NUMERICHOST=4, AI_NUMERICSERV=1024, AI_PASSIVE=1, AI_V4MAPPED=8,
    EAI_ADDRFAMILY=-9, EAI_AGAIN=-3, EAI_BADFLAGS=-1, EAI_FAIL=-4, EAI_FAMILY=-6, EAI_MEMORY=-10,
    EAI_NODATA=-5, EAI_NONAME=-2, EAI_OVERFLOW=-12, EAI_SERVICE=-8, EAI_SOCKTYPE=-7,
    EAI_SYSTEM=-11, INADDR_ALLHOSTS_GROUP=3758096385, INADDR_ANY=0, INADDR_BROADCAST=4294967295,
    INADDR_LOOPBACK=2130706433, INADDR_MAX_LOCAL_GROUP=3758096639, INADDR_NONE=4294967295,
    INADDR_UNSPEC_GROUP=3758096384, IPPROTO_ICMP=1, IPPROTO_IP=0, IPPROTO_IPV6=41,
    IPPROTO_RAW=255, IPPROTO_TCP=6, IPPROTO_UDP=17, IPV6_V6ONLY=26, IP_ADD_MEMBERSHIP=35,
    IP_DROP_MEMBERSHIP=36, IP_MULTICAST_LOOP=34, IP_MULTICAST_TTL=33, IP_TOS=1, IP_TTL=2,
    MSG_CMSG_CLOEXEC=1073741824, MSG_CONFIRM=2048, MSG_CTRUNC=8, MSG_DONTROUTE=4, MSG_DONTWAIT=64,
    MSG_EOR=128, MSG_ERRQUEUE=8192, MSG_FASTOPEN=536870912, MSG_MORE=32768, MSG_NOSIGNAL=16384,
    MSG_OOB=1, MSG_PEEK=2, MSG_TRUNC=32, MSG_WAITALL=256, NI_DGRAM=16, NI_MAXHOST=1025,
    NI_MAXSERV=32, NI_NAMEREQD=8, NI_NOFQDN=4, NI_NUMERICHOST=1, NI_NUMERICSERV=2, SHUT_RD=0,
    SHUT_RDWR=2, SHUT_WR=1, SOCK_CLOEXEC=524288, SOCK_DGRAM=2, SOCK_NONBLOCK=2048, SOCK_RAW=3,
    SOCK_RDM=4, SOCK_SEQPACKET=5, SOCK_STREAM=1, SOL_ALG=279, SOL_CAN_BASE=100, SOL_CAN_RAW=101,
    SOL_IP=0, SOL_RDS=276, SOL_SOCKET=1, SOL_TCP=6, SOL_TIPC=271, SOL_UDP=17, SOMAXCONN=4096,
    SO_ACCEPTCONN=30, SO_BINDTODEVICE=25, SO_BROADCAST=6, SO_DEBUG=1, SO_DOMAIN=39,
    SO_DONTROUTE=5, SO_ERROR=4, SO_INCOMING_CPU=49, SO_KEEPALIVE=9, SO_LINGER=13, SO_MARK=36,
    SO_OOBINLINE=10, SO_PASSCRED=16, SO_PASSSEC=34, SO_PEERCRED=17, SO_PEERSEC=31, SO_PRIORITY=12,
    SO_PROTOCOL=38, SO_RCVBUF=8, SO_RCVLOWAT=18, SO_RCVTIMEO=20, SO_REUSEADDR=2, SO_REUSEPORT=15,
    SO_SNDBUF=7, SO_SNDLOWAT=19, SO_SNDTIMEO=21, SO_TYPE=3, TCP_CONGESTION=13, TCP_CORK=3,
    TCP_DEFER_ACCEPT=9, TCP_FASTOPEN=23, TCP_INFO=11, TCP_KEEPCNT=6, TCP_KEEPIDLE=4,
    TCP_KEEPINTVL=5, TCP_LINGER2=8, TCP_MAXSEG=2, TCP_NODELAY=1, TCP_NOTSENT_LOWAT=25,
    TCP_QUICKACK=12, TCP_SYNCNT=7, TCP_USER_TIMEOUT=18, TCP_WINDOW_CLAMP=10)
globals().update(_CONSTANTS)
del _CONSTANTS
has_ipv6 = False
CAPI = None

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = "socket"
_default_timeout = None
_POLLIN, _POLLOUT = 1, 4


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(t):
    global _default_timeout
    _default_timeout = _check_timeout(t)


def _check_timeout(t):
    if t is None:
        return None
    t = float(t)
    if t < 0:
        raise ValueError("Timeout value out of range")
    return t


def _host(host):
    """A dotted quad for a host name or address."""
    if host in ("", "<broadcast>"):
        return "" if host == "" else "255.255.255.255"
    if host == "localhost":
        return "127.0.0.1"
    parts = host.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return host
    try:
        return _sys.resolve(host)[0]
    except (OSError, IndexError):
        raise gaierror(EAI_NONAME, "Name or service not known")


class socket:
    """A socket object (CPython's _socket.socket)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
            fd = _sys.socket(family, type, proto)
        else:
            fd = fileno.fileno() if hasattr(fileno, "fileno") else int(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1:
                family = _sys.getsockopt(fd, SOL_SOCKET, SO_DOMAIN)
            if type == -1:
                type = _sys.getsockopt(fd, SOL_SOCKET, SO_TYPE)
            if proto == -1:
                proto = _sys.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL)
        self._ferropy_fd = fd
        self._ferropy_family = family
        self._ferropy_type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._ferropy_proto = proto
        self._ferropy_timeout = _default_timeout
        if _default_timeout is not None:
            _sys.setblocking(fd, False)

    family = property(lambda self: self._ferropy_family)
    type = property(lambda self: self._ferropy_type)
    proto = property(lambda self: self._ferropy_proto)
    timeout = property(lambda self: self._ferropy_timeout)

    def fileno(self):
        return self._ferropy_fd

    def _fd(self):
        fd = self._ferropy_fd
        if fd < 0:
            raise OSError(9, "Bad file descriptor")
        return fd

    def close(self):
        fd, self._ferropy_fd = self._ferropy_fd, -1
        if fd >= 0:
            _posix.close(fd)

    def detach(self):
        fd, self._ferropy_fd = self._ferropy_fd, -1
        return fd

    def _addr(self, address):
        if self._ferropy_family == AF_INET:
            if not isinstance(address, tuple) or len(address) != 2:
                raise TypeError("AF_INET address must be a pair (host, port)")
            return (_host(address[0]), address[1])
        return address

    def _wait(self, events):
        t = self._ferropy_timeout
        if t is None:
            return
        if not _sys.poll([(self._fd(), events)], int(t * 1000)):
            raise TimeoutError("timed out")

    def bind(self, address):
        _sys.bind(self._fd(), self._ferropy_family, self._addr(address))

    def listen(self, backlog=128):
        _sys.listen(self._fd(), min(max(backlog, 0), SOMAXCONN))

    def _accept(self):
        self._wait(_POLLIN)
        return _sys.accept(self._fd())

    def connect(self, address):
        err = self.connect_ex(address)
        if err:
            raise _errno_error(err)

    def connect_ex(self, address):
        err = _sys.connect(self._fd(), self._ferropy_family, self._addr(address))
        if err == 115 and self._ferropy_timeout is not None:  # EINPROGRESS
            self._wait(_POLLOUT)
            err = _sys.getsockopt(self._fd(), SOL_SOCKET, SO_ERROR)
        return err

    def send(self, data, flags=0):
        self._wait(_POLLOUT)
        return _sys.send(self._fd(), data, flags)

    def sendall(self, data, flags=0):
        data = bytes(data)
        while data:
            n = self.send(data[:65536], flags)
            data = data[n:]

    def sendto(self, data, flags_or_addr, addr=None):
        raise OSError(95, "Operation not supported")

    def recv(self, bufsize, flags=0):
        self._wait(_POLLIN)
        return _sys.recv(self._fd(), bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0):
        return self.recv(bufsize, flags), None

    def getsockname(self):
        return _sys.getsockname(self._fd())

    def getpeername(self):
        return _sys.getpeername(self._fd())

    def setsockopt(self, level, option, value, optlen=None):
        _sys.setsockopt(self._fd(), level, option, value)

    def getsockopt(self, level, option, buflen=None):
        return _sys.getsockopt(self._fd(), level, option)

    def shutdown(self, how):
        _sys.shutdown(self._fd(), how)

    def settimeout(self, value):
        self._ferropy_timeout = _check_timeout(value)
        _sys.setblocking(self._fd(), self._ferropy_timeout is None)

    def gettimeout(self):
        return self._ferropy_timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._ferropy_timeout != 0.0

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self._ferropy_fd, self._ferropy_family, self._ferropy_type, self._ferropy_proto)


socket.__module__ = "_socket"
SocketType = socket


def _errno_error(err):
    names = {111: ConnectionRefusedError, 104: ConnectionResetError, 110: TimeoutError,
             32: BrokenPipeError, 103: ConnectionAbortedError}
    return names.get(err, OSError)(err, _posix.strerror(err))


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _sys.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def dup(fd):
    return _posix.dup(fd)


def close(fd):
    _posix.close(fd)


def gethostname():
    return _sys.gethostname()


def gethostbyname(host):
    h = _host(host)
    return h or "0.0.0.0"


def gethostbyname_ex(host):
    return host, [], [gethostbyname(host)]


def gethostbyaddr(ip):
    if ip in ("127.0.0.1", "localhost"):
        return "localhost", [], ["127.0.0.1"]
    raise herror(1, "Unknown host")


def getfqdn_raw():
    return gethostname()


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(port, str):
        port = getservbyname(port) if not port.isdigit() else int(port)
    if host is None:
        hosts = ["127.0.0.1" if not flags & AI_PASSIVE else "0.0.0.0"]
    elif host in ("localhost", "") or host.replace(".", "").isdigit():
        hosts = [_host(host) or "0.0.0.0"]
    else:
        try:
            hosts = _sys.resolve(host)
        except OSError:
            raise gaierror(EAI_NONAME, "Name or service not known")
    types = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    protos = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP, SOCK_RAW: 0}
    return [(AF_INET, t, proto or protos.get(t, 0), "", (h, port or 0))
            for h in hosts for t in types]


def getnameinfo(sockaddr, flags):
    return sockaddr[0], str(sockaddr[1])


_SERVICES = {"http": 80, "https": 443, "ftp": 21, "ssh": 22, "smtp": 25, "domain": 53,
             "pop3": 110, "imap": 143, "telnet": 23}


def getservbyname(name, proto=None):
    try:
        return _SERVICES[name]
    except KeyError:
        raise OSError("service/proto not found")


def getservbyport(port, proto=None):
    for k, v in _SERVICES.items():
        if v == port:
            return k
    raise OSError("port/proto not found")


def getprotobyname(name):
    return {"tcp": 6, "udp": 17, "icmp": 1, "ip": 0}[name]


def htons(x):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xFFFFFFFF).to_bytes(4, "little"), "big")


ntohl = htonl


def inet_aton(s):
    parts = s.split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    nums = [int(p) for p in parts]
    last = nums.pop()
    value = 0
    for n in nums:
        if n > 255:
            raise OSError("illegal IP address string passed to inet_aton")
        value = value * 256 + n
    value = (value << (8 * (4 - len(nums)))) | last
    return value.to_bytes(4, "big")


def inet_ntoa(b):
    if len(b) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(b)


def inet_pton(family, s):
    if family == AF_INET:
        parts = s.split(".")
        if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
            raise OSError("illegal IP address string passed to inet_pton")
        return bytes(int(p) for p in parts)
    raise OSError(97, "Address family not supported by protocol")


def inet_ntop(family, b):
    if family == AF_INET:
        return inet_ntoa(b)
    raise ValueError("unknown address family %d" % family)


def if_nameindex():
    return [(1, "lo")]


def sethostname(name):
    raise PermissionError(1, "Operation not permitted")
