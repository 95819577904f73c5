//! `_posix`: the system calls behind ferropy's `posix` module (which is Python, `py/posix.py`,
//! and wraps these in `stat_result`, `environ`, `scandir`, ...). Paths are `str` or `bytes`;
//! failures raise CPython's `OSError` subclasses with errno, text and file name.

use ferropy_vm::args::Args;
use ferropy_vm::builtins::native;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyErr, PyResult, Vm};
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("rename", rename),
        ("stat", stat),
        ("fstat", fstat),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("umask", umask),
        ("access", access),
        ("chmod", chmod),
        ("urandom", urandom),
        ("strerror", strerror),
        ("open", open),
        ("close", close),
        ("dup", dup),
        ("waitpid", crate::subprocess::waitpid),
        ("dup2", dup2),
        ("pipe", pipe),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("isatty", isatty),
        ("environ_items", environ_items),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("uname", uname),
        ("cpu_count", cpu_count),
        ("readlink", readlink),
        ("symlink", symlink),
        ("utime", utime),
        ("_exit", exit),
        ("kill", kill),
        ("get_terminal_size", get_terminal_size),
        ("times", times),
    ];
    for (name, f) in funcs {
        dict.set_str(name, native(name, *f));
    }
    crate::native::module("_posix", dict)
}

/// The `OSError` subclass for errno `code`, as CPython picks it.
pub(crate) fn os_error(vm: &Vm, code: i32, filename: Option<&Value>) -> PyErr {
    let class = ferropy_vm::classes::os_error_class_name(code).unwrap_or("OSError");
    let mut args = vec![Value::Int(i64::from(code)), Value::str(errno_text(code))];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    let class = vm
        .types
        .exceptions
        .get(class)
        .unwrap_or(&vm.types.exceptions["OSError"])
        .clone();
    vm.new_exception(&class, args)
}

fn errno_text(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local string.
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    // SAFETY: non-null, NUL-terminated (see above); copied before any other libc call.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

pub(crate) fn last_error(vm: &Vm, filename: Option<&Value>) -> PyErr {
    let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    os_error(vm, code, filename)
}

fn io_err(vm: &Vm, e: std::io::Error, filename: Option<&Value>) -> PyErr {
    os_error(vm, e.raw_os_error().unwrap_or(libc::EIO), filename)
}

/// A path argument's bytes (str as UTF-8, or bytes).
fn path_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Ok(b.to_vec()),
        other => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(other)
        ))),
    }
}

fn cpath(vm: &Vm, v: &Value) -> PyResult<CString> {
    CString::new(path_bytes(vm, v)?).map_err(|_| vm.value_error("embedded null byte"))
}

fn arg(vm: &Vm, args: &[Value], i: usize, name: &str) -> PyResult<Value> {
    args.get(i)
        .cloned()
        .ok_or_else(|| vm.type_error(format!("{name}: missing argument {}", i + 1)))
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    // An int subclass (an IntEnum such as signal.Signals) counts by its int value.
    match &ferropy_vm::builtin_dunders::unwrap_base(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn check(vm: &Vm, r: i32, path: Option<&Value>) -> PyResult<Value> {
    if r < 0 {
        Err(last_error(vm, path))
    } else {
        Ok(Value::None)
    }
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| io_err(vm, e, None))?;
    let bytes = d.into_os_string().into_vec();
    // getcwd(True): bytes (getcwdb).
    if matches!(args.first(), Some(Value::Bool(true))) {
        return Ok(Value::Bytes(Rc::new(bytes)));
    }
    Ok(Value::str(String::from_utf8_lossy(&bytes).into_owned()))
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "chdir")?;
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    check(vm, unsafe { libc::chdir(c.as_ptr()) }, Some(&p))
}

fn listdir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = args.first().cloned().unwrap_or_else(|| Value::str("."));
    let as_bytes = matches!(p, Value::Bytes(_));
    let path = OsString::from_vec(path_bytes(vm, &p)?);
    let rd = std::fs::read_dir(&path).map_err(|e| io_err(vm, e, Some(&p)))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| io_err(vm, e, Some(&p)))?;
        let name = entry.file_name().into_vec();
        out.push(if as_bytes {
            Value::Bytes(Rc::new(name))
        } else {
            Value::str(String::from_utf8_lossy(&name).into_owned())
        });
    }
    Ok(Value::list(out))
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let p = arg(vm, a.pos, 0, "mkdir")?;
    let mode = match a.arg_or_kw(1, "mode") {
        Some(m) => int_arg(vm, &m)?,
        None => 0o777,
    };
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    check(
        vm,
        unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) },
        Some(&p),
    )
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "rmdir")?;
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    check(vm, unsafe { libc::rmdir(c.as_ptr()) }, Some(&p))
}

fn unlink(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "unlink")?;
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    check(vm, unsafe { libc::unlink(c.as_ptr()) }, Some(&p))
}

fn rename(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = (arg(vm, args, 0, "rename")?, arg(vm, args, 1, "rename")?);
    let (ca, cb) = (cpath(vm, &a)?, cpath(vm, &b)?);
    // SAFETY: valid NUL-terminated paths.
    if unsafe { libc::rename(ca.as_ptr(), cb.as_ptr()) } < 0 {
        return Err(last_error(vm, Some(&a)));
    }
    Ok(Value::None)
}

/// The fields of a `stat` result, in `os.stat_result` order, then the times in nanoseconds and
/// `st_blksize`, `st_blocks`, `st_rdev`.
fn stat_tuple(st: &libc::stat) -> Value {
    let ns = |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    let f = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(i64::from(st.st_mode)),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(i64::from(st.st_uid)),
        Value::Int(i64::from(st.st_gid)),
        Value::Int(st.st_size),
        f(st.st_atime, st.st_atime_nsec),
        f(st.st_mtime, st.st_mtime_nsec),
        f(st.st_ctime, st.st_ctime_nsec),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::Int(st.st_rdev as i64),
    ])
}

/// `stat(path, follow_symlinks)`.
fn stat(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "stat")?;
    let follow = !matches!(args.get(1), Some(Value::Bool(false)));
    if let Value::Int(fd) = p {
        return fstat(vm, &[Value::Int(fd)], &[]);
    }
    let c = cpath(vm, &p)?;
    // SAFETY: zeroed is a valid bit pattern for the plain C struct `stat`.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a valid path and a writable stat buffer.
    let r = unsafe {
        if follow {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    };
    if r < 0 {
        return Err(last_error(vm, Some(&p)));
    }
    Ok(stat_tuple(&st))
}

fn fstat(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "fstat")?)?;
    // SAFETY: zeroed is a valid bit pattern for the plain C struct `stat`.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a writable stat buffer; a bad fd is reported through errno.
    if unsafe { libc::fstat(fd as i32, &mut st) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(stat_tuple(&st))
}

fn getpid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn getppid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(i64::from(unsafe { libc::getppid() })))
}

fn getuid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(i64::from(unsafe { libc::getuid() })))
}

fn geteuid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(i64::from(unsafe { libc::geteuid() })))
}

fn getgid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(i64::from(unsafe { libc::getgid() })))
}

fn getegid(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(i64::from(unsafe { libc::getegid() })))
}

fn umask(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = int_arg(vm, &arg(vm, args, 0, "umask")?)?;
    // SAFETY: umask has no preconditions.
    Ok(Value::Int(i64::from(unsafe {
        libc::umask(m as libc::mode_t)
    })))
}

fn access(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "access")?;
    let mode = int_arg(vm, &arg(vm, args, 1, "access")?)?;
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    Ok(Value::Bool(
        unsafe { libc::access(c.as_ptr(), mode as i32) } == 0,
    ))
}

fn chmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "chmod")?;
    let mode = int_arg(vm, &arg(vm, args, 1, "chmod")?)?;
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path.
    check(
        vm,
        unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) },
        Some(&p),
    )
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = int_arg(vm, &arg(vm, args, 0, "urandom")?)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| io_err(vm, e, None))?;
    Ok(Value::Bytes(Rc::new(buf)))
}

fn strerror(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let code = int_arg(vm, &arg(vm, args, 0, "strerror")?)?;
    Ok(Value::str(errno_text(code as i32)))
}

fn open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let p = arg(vm, a.pos, 0, "open")?;
    let flags = int_arg(vm, &arg(vm, a.pos, 1, "open")?)?;
    let mode = match a.arg_or_kw(2, "mode") {
        Some(m) => int_arg(vm, &m)?,
        None => 0o777,
    };
    let c = cpath(vm, &p)?;
    // SAFETY: a valid NUL-terminated path; O_CLOEXEC as CPython sets it.
    let fd = unsafe { libc::open(c.as_ptr(), flags as i32 | libc::O_CLOEXEC, mode as u32) };
    if fd < 0 {
        return Err(last_error(vm, Some(&p)));
    }
    Ok(Value::Int(i64::from(fd)))
}

fn close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "close")?)?;
    // SAFETY: closing a descriptor number; a bad one is reported through errno.
    check(vm, unsafe { libc::close(fd as i32) }, None)
}

fn dup(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "dup")?)?;
    // SAFETY: duplicating a descriptor number; a bad one is reported through errno.
    let r = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 0) };
    check(vm, r, None)?;
    Ok(Value::Int(r as i64))
}

fn dup2(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "dup2")?)?;
    let fd2 = int_arg(vm, &arg(vm, args, 1, "dup2")?)?;
    // SAFETY: as `dup`.
    let r = unsafe { libc::dup2(fd as i32, fd2 as i32) };
    check(vm, r, None)?;
    Ok(Value::Int(r as i64))
}

fn pipe(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    check(vm, r, None)?;
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "read")?)?;
    let n = int_arg(vm, &arg(vm, args, 1, "read")?)?.max(0) as usize;
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has room for `n` bytes.
    let r = unsafe { libc::read(fd as i32, buf.as_mut_ptr().cast(), n) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    buf.truncate(r as usize);
    Ok(Value::Bytes(Rc::new(buf)))
}

fn write(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "write")?)?;
    let data = crate::buffer::arg(vm, args.get(1).unwrap_or(&Value::None))?;
    vm.flush_out();
    // SAFETY: `data` is valid for `data.len()` bytes.
    let r = unsafe { libc::write(fd as i32, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn lseek(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "lseek")?)?;
    let pos = int_arg(vm, &arg(vm, args, 1, "lseek")?)?;
    let how = int_arg(vm, &arg(vm, args, 2, "lseek")?)?;
    // SAFETY: plain system call; errors through errno.
    let r = unsafe { libc::lseek(fd as i32, pos, how as i32) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = int_arg(vm, &arg(vm, args, 0, "isatty")?)?;
    // SAFETY: plain system call.
    Ok(Value::Bool(unsafe { libc::isatty(fd as i32) } == 1))
}

fn environ_items(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = std::env::vars_os()
        .map(|(k, v)| {
            Value::tuple(vec![
                Value::Bytes(Rc::new(k.into_vec())),
                Value::Bytes(Rc::new(v.into_vec())),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

fn putenv(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let k = path_bytes(vm, &arg(vm, args, 0, "putenv")?)?;
    let v = path_bytes(vm, &arg(vm, args, 1, "putenv")?)?;
    if k.is_empty() || k.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(OsStr::from_bytes(&k), OsStr::from_bytes(&v));
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let k = path_bytes(vm, &arg(vm, args, 0, "unsetenv")?)?;
    std::env::remove_var(OsStr::from_bytes(&k));
    Ok(Value::None)
}

fn uname(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: zeroed is valid for the C struct; uname fills it with NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: a writable utsname.
    unsafe { libc::uname(&mut u) };
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        Value::str(String::from_utf8_lossy(&bytes).into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

fn cpu_count(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(std::thread::available_parallelism()
        .map(|n| Value::Int(n.get() as i64))
        .unwrap_or(Value::None))
}

fn readlink(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "readlink")?;
    let path = OsString::from_vec(path_bytes(vm, &p)?);
    let target = std::fs::read_link(&path).map_err(|e| io_err(vm, e, Some(&p)))?;
    let bytes = target.into_os_string().into_vec();
    Ok(match p {
        Value::Bytes(_) => Value::Bytes(Rc::new(bytes)),
        _ => Value::str(String::from_utf8_lossy(&bytes).into_owned()),
    })
}

fn symlink(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = (arg(vm, args, 0, "symlink")?, arg(vm, args, 1, "symlink")?);
    let (ca, cb) = (cpath(vm, &a)?, cpath(vm, &b)?);
    // SAFETY: valid NUL-terminated paths.
    if unsafe { libc::symlink(ca.as_ptr(), cb.as_ptr()) } < 0 {
        return Err(last_error(vm, Some(&a)));
    }
    Ok(Value::None)
}

/// `utime(path, (atime, mtime))` in seconds, or now when the times are None.
fn utime(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = arg(vm, args, 0, "utime")?;
    let c = cpath(vm, &p)?;
    let times = match args.get(1) {
        Some(Value::Tuple(t)) if t.len() == 2 => {
            let mut ts = [libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            }; 2];
            for (i, v) in t.iter().enumerate() {
                let secs = ferropy_vm::methods::to_f64(vm, v)?;
                ts[i].tv_sec = secs.floor() as i64;
                ts[i].tv_nsec = ((secs - secs.floor()) * 1e9) as i64;
            }
            Some(ts)
        }
        _ => None,
    };
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: a valid path; `ptr` is null or points to two timespecs.
    check(
        vm,
        unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ptr, 0) },
        Some(&p),
    )
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let code = int_arg(vm, &arg(vm, args, 0, "_exit")?)?;
    vm.flush_out();
    std::process::exit(code as i32)
}

fn kill(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let pid = int_arg(vm, &arg(vm, args, 0, "kill")?)?;
    let sig = int_arg(vm, &arg(vm, args, 1, "kill")?)?;
    // SAFETY: plain system call; errors through errno.
    check(vm, unsafe { libc::kill(pid as i32, sig as i32) }, None)
}

fn get_terminal_size(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = match args.first() {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    // SAFETY: zeroed is valid for winsize; ioctl fills it or fails with errno.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a winsize.
    if unsafe { libc::ioctl(fd as i32, libc::TIOCGWINSZ, &mut ws) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::tuple(vec![
        Value::Int(i64::from(ws.ws_col)),
        Value::Int(i64::from(ws.ws_row)),
    ]))
}

fn times(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // SAFETY: zeroed is valid for tms; times fills it.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: a writable tms.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let f = |x: libc::clock_t| Value::Float(x as f64 / hz);
    Ok(Value::tuple(vec![
        f(t.tms_utime),
        f(t.tms_stime),
        f(t.tms_cutime),
        f(t.tms_cstime),
        f(elapsed),
    ]))
}
