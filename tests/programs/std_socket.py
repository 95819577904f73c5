# socket/select: socketpair send/recv, select.select, a TCP server and client on 127.0.0.1,
# timeouts, selectors.DefaultSelector, makefile, refused connections, helpers and enums.
import socket, select, selectors
a, b = socket.socketpair()
print(a.family, a.type, isinstance(a, socket.socket))
a.sendall(b"hello")
print(b.recv(10))
r, w, x = select.select([a, b], [a], [], 0)
print(len(r), len(w), x)
b.send(b"x" * 3)
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], a.recv(100))
b.close()
print(a.recv(10))
a.close()
print(type(socket.gethostname()).__name__, socket.gethostbyname("localhost"), socket.htons(1), socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print(addr[0], conn.getsockname()[1] == port)
c.sendall(b"ping")
print(conn.recv(4))
conn.settimeout(0.05)
try:
    conn.recv(10)
except socket.timeout as e:
    print("timeout", e)
sel = selectors.DefaultSelector()
sel.register(conn, selectors.EVENT_READ, "data")
c.sendall(b"!")
for key, ev in sel.select(1):
    print(key.data, ev, key.fileobj.recv(1))
sel.close()
f = c.makefile("rwb")
conn.sendall(b"line1\nline2\n")
print(f.readline())
for s in (c, conn, srv): s.close()
try:
    socket.create_connection(("127.0.0.1", port), timeout=1)
except ConnectionRefusedError as e:
    print("refused", e.errno)
print(str(socket.AF_INET), repr(socket.SOCK_STREAM))
