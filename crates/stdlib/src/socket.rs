//! `_ferropy_socket`: the system calls under ferropy's `_socket` and `select` (written in
//! Python, `py/_socket.py` and `py/select.py`), on file descriptors. Addresses are IPv4
//! `(host, port)` tuples with dotted-quad hosts (the Python side resolves names), or paths
//! for `AF_UNIX`.

use crate::native::ssize_arg;
use crate::posix::{last_error, os_error};
use ferropy_vm::builtins::native;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let funcs: &[(&'static str, NativeFn)] = &[
        ("socket", socket),
        ("socketpair", socketpair),
        ("bind", bind),
        ("connect", connect),
        ("listen", listen),
        ("accept", accept),
        ("send", send),
        ("recv", recv),
        ("getsockname", |vm, a, _| name_of(vm, a, false)),
        ("getpeername", |vm, a, _| name_of(vm, a, true)),
        ("setsockopt", setsockopt),
        ("getsockopt", getsockopt),
        ("shutdown", shutdown),
        ("setblocking", setblocking),
        ("gethostname", gethostname),
        ("resolve", resolve),
        ("poll", poll),
    ];
    for (name, f) in funcs {
        dict.set_str(name, native(name, *f));
    }
    crate::native::module("_ferropy_socket", dict)
}

fn int(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(v) => ssize_arg(vm, v),
        None => Err(vm.type_error("_ferropy_socket: missing argument")),
    }
}

fn check(vm: &Vm, r: libc::c_int) -> PyResult<i64> {
    if r < 0 {
        Err(last_error(vm, None))
    } else {
        Ok(r as i64)
    }
}

fn socket(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (family, ty, proto) = (int(vm, args, 0)?, int(vm, args, 1)?, int(vm, args, 2)?);
    // SAFETY: plain system call on integers.
    let fd = unsafe { libc::socket(family as i32, ty as i32 | libc::SOCK_CLOEXEC, proto as i32) };
    Ok(Value::Int(check(vm, fd)?))
}

fn socketpair(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (family, ty, proto) = (int(vm, args, 0)?, int(vm, args, 1)?, int(vm, args, 2)?);
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors the call writes.
    let r = unsafe {
        libc::socketpair(
            family as i32,
            ty as i32 | libc::SOCK_CLOEXEC,
            proto as i32,
            fds.as_mut_ptr(),
        )
    };
    check(vm, r)?;
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// A socket address in C form: the storage and its length.
fn sockaddr(vm: &mut Vm, family: i64, addr: &Value) -> PyResult<(libc::sockaddr_storage, u32)> {
    // SAFETY: an all-zero sockaddr_storage is a valid (empty) address.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    if family == libc::AF_UNIX as i64 {
        let path = match addr {
            Value::Str(s) => s.as_str().as_bytes().to_vec(),
            Value::Bytes(b) => b.to_vec(),
            _ => return Err(vm.type_error("a bytes-like object is required")),
        };
        // SAFETY: sockaddr_un fits in sockaddr_storage; both are plain C structs.
        let un = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_un) };
        if path.len() >= un.sun_path.len() {
            return Err(vm.err("OSError", "AF_UNIX path too long"));
        }
        un.sun_family = libc::AF_UNIX as u16;
        for (d, s) in un.sun_path.iter_mut().zip(&path) {
            *d = *s as libc::c_char;
        }
        return Ok((st, (2 + path.len()) as u32));
    }
    let Value::Tuple(t) = addr else {
        return Err(vm.type_error(format!(
            "AF_INET address must be tuple, not {}",
            vm.type_name(addr)
        )));
    };
    let (Some(host), Some(port)) = (t.first(), t.get(1)) else {
        return Err(vm.type_error("AF_INET address must be a pair (host, port)"));
    };
    let host = vm.str(host)?;
    let port = ssize_arg(vm, port)?;
    if !(0..=65535).contains(&port) {
        return Err(vm.overflow_error("getsockaddrarg: port must be 0-65535."));
    }
    let ip: std::net::Ipv4Addr = if host.is_empty() {
        std::net::Ipv4Addr::UNSPECIFIED
    } else {
        host.parse()
            .map_err(|_| vm.err("OSError", format!("illegal IP address string: {host}")))?
    };
    // SAFETY: sockaddr_in fits in sockaddr_storage; both are plain C structs.
    let sin = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in) };
    sin.sin_family = libc::AF_INET as u16;
    sin.sin_port = (port as u16).to_be();
    sin.sin_addr.s_addr = u32::from(ip).to_be();
    Ok((st, std::mem::size_of::<libc::sockaddr_in>() as u32))
}

/// A C socket address as Python's: `(host, port)` for IPv4, the path for AF_UNIX.
fn address_value(st: &libc::sockaddr_storage, len: u32) -> Value {
    match st.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin = unsafe { &*(st as *const _ as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Value::tuple(vec![
                Value::str(ip.to_string()),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let un = unsafe { &*(st as *const _ as *const libc::sockaddr_un) };
            let n = (len as usize).saturating_sub(2).min(un.sun_path.len());
            let bytes: Vec<u8> = un.sun_path[..n]
                .iter()
                .map(|&c| c as u8)
                .take_while(|&c| c != 0)
                .collect();
            Value::str(String::from_utf8_lossy(&bytes).into_owned())
        }
        _ => Value::None,
    }
}

fn bind(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, family) = (int(vm, args, 0)?, int(vm, args, 1)?);
    let (st, len) = sockaddr(vm, family, args.get(2).unwrap_or(&Value::None))?;
    // SAFETY: `st` is a valid address of `len` bytes.
    let r = unsafe { libc::bind(fd as i32, &st as *const _ as *const libc::sockaddr, len) };
    check(vm, r)?;
    Ok(Value::None)
}

/// connect; returns the errno (0 on success) so that `connect_ex` and timeouts can use it.
fn connect(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, family) = (int(vm, args, 0)?, int(vm, args, 1)?);
    let (st, len) = sockaddr(vm, family, args.get(2).unwrap_or(&Value::None))?;
    // SAFETY: `st` is a valid address of `len` bytes.
    let r = unsafe { libc::connect(fd as i32, &st as *const _ as *const libc::sockaddr, len) };
    let code = if r < 0 {
        std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
    } else {
        0
    };
    Ok(Value::Int(code as i64))
}

fn listen(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, n) = (int(vm, args, 0)?, int(vm, args, 1)?);
    // SAFETY: plain system call on integers.
    check(vm, unsafe { libc::listen(fd as i32, n as i32) })?;
    Ok(Value::None)
}

fn accept(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int(vm, args, 0)?;
    // SAFETY: zeroed storage is valid; accept writes at most `len` bytes into it.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as u32;
    // SAFETY: see above.
    let r = unsafe {
        libc::accept4(
            fd as i32,
            &mut st as *mut _ as *mut libc::sockaddr,
            &mut len,
            libc::SOCK_CLOEXEC,
        )
    };
    let newfd = check(vm, r)?;
    Ok(Value::tuple(vec![
        Value::Int(newfd),
        address_value(&st, len),
    ]))
}

fn send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int(vm, args, 0)?;
    let data = crate::buffer::arg(vm, args.get(1).unwrap_or(&Value::None))?;
    let flags = int(vm, args, 2)?;
    // SAFETY: `data` is valid for its length.
    let r = unsafe {
        libc::send(
            fd as i32,
            data.as_ptr().cast(),
            data.len(),
            flags as i32 | libc::MSG_NOSIGNAL,
        )
    };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn recv(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, n, flags) = (int(vm, args, 0)?, int(vm, args, 1)?, int(vm, args, 2)?);
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` has room for `n` bytes.
    let r = unsafe { libc::recv(fd as i32, buf.as_mut_ptr().cast(), buf.len(), flags as i32) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    buf.truncate(r as usize);
    Ok(Value::Bytes(Rc::new(buf)))
}

fn name_of(vm: &mut Vm, args: &[Value], peer: bool) -> PyResult<Value> {
    let fd = int(vm, args, 0)?;
    // SAFETY: zeroed storage is valid; the call writes at most `len` bytes into it.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as u32;
    let p = &mut st as *mut _ as *mut libc::sockaddr;
    // SAFETY: see above.
    let r = unsafe {
        if peer {
            libc::getpeername(fd as i32, p, &mut len)
        } else {
            libc::getsockname(fd as i32, p, &mut len)
        }
    };
    check(vm, r)?;
    Ok(address_value(&st, len))
}

fn setsockopt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, level, opt) = (int(vm, args, 0)?, int(vm, args, 1)?, int(vm, args, 2)?);
    let bytes = match args.get(3) {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(v) => (ssize_arg(vm, v)? as i32).to_ne_bytes().to_vec(),
        None => return Err(vm.type_error("setsockopt: missing value")),
    };
    // SAFETY: `bytes` is valid for its length.
    let r = unsafe {
        libc::setsockopt(
            fd as i32,
            level as i32,
            opt as i32,
            bytes.as_ptr().cast(),
            bytes.len() as u32,
        )
    };
    check(vm, r)?;
    Ok(Value::None)
}

fn getsockopt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, level, opt) = (int(vm, args, 0)?, int(vm, args, 1)?, int(vm, args, 2)?);
    let mut v: i32 = 0;
    let mut len = 4u32;
    // SAFETY: `v` has room for the 4 bytes `len` allows.
    let r = unsafe {
        libc::getsockopt(
            fd as i32,
            level as i32,
            opt as i32,
            (&mut v as *mut i32).cast(),
            &mut len,
        )
    };
    check(vm, r)?;
    Ok(Value::Int(v as i64))
}

fn shutdown(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fd, how) = (int(vm, args, 0)?, int(vm, args, 1)?);
    // SAFETY: plain system call on integers.
    check(vm, unsafe { libc::shutdown(fd as i32, how as i32) })?;
    Ok(Value::None)
}

fn setblocking(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int(vm, args, 0)? as i32;
    let blocking = vm.truthy(args.get(1).unwrap_or(&Value::Bool(true)))?;
    // SAFETY: fcntl on an integer descriptor with integer flags.
    let flags = check(vm, unsafe { libc::fcntl(fd, libc::F_GETFL) })? as i32;
    let flags = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    // SAFETY: as above.
    check(vm, unsafe { libc::fcntl(fd, libc::F_SETFL, flags) })?;
    Ok(Value::None)
}

fn gethostname(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: `buf` has room for the 256 bytes passed.
    check(vm, unsafe {
        libc::gethostname(buf.as_mut_ptr().cast(), buf.len())
    })?;
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(Value::str(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

/// The IPv4 addresses of a host name (the system resolver), as dotted quads.
fn resolve(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let host = vm.str(args.first().unwrap_or(&Value::None))?;
    use std::net::ToSocketAddrs;
    let addrs = (host.as_str(), 0u16).to_socket_addrs().map_err(|_| {
        let class = vm.types.exceptions["OSError"].clone();
        vm.new_exception(
            &class,
            vec![Value::Int(-2), Value::str("Name or service not known")],
        )
    })?;
    let mut out = Vec::new();
    for a in addrs {
        if let std::net::SocketAddr::V4(v4) = a {
            let s = v4.ip().to_string();
            if !out
                .iter()
                .any(|v: &Value| matches!(v, Value::Str(x) if x.as_str() == s))
            {
                out.push(Value::str(s));
            }
        }
    }
    Ok(Value::list(out))
}

/// `poll([(fd, events), ...], timeout_ms)`: the `(fd, revents)` pairs that are ready.
fn poll(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = match args.first() {
        Some(Value::List(l)) => l.borrow().clone(),
        _ => return Err(vm.type_error("poll: a list is required")),
    };
    let mut fds = Vec::with_capacity(items.len());
    for item in &items {
        let Value::Tuple(t) = item else {
            return Err(vm.type_error("poll: (fd, events) pairs are required"));
        };
        let fd = ssize_arg(vm, &t[0])? as i32;
        let events = ssize_arg(vm, &t[1])? as i16;
        fds.push(libc::pollfd {
            fd,
            events,
            revents: 0,
        });
    }
    let timeout = int(vm, args, 1)? as i32;
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs.
    let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
    if r < 0 {
        let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        return Err(os_error(vm, code, None));
    }
    let ready = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| Value::tuple(vec![Value::Int(p.fd as i64), Value::Int(p.revents as i64)]))
        .collect();
    Ok(Value::list(ready))
}
