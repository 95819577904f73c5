//! `_posixsubprocess.fork_exec` (what `subprocess.Popen` starts children with) and
//! `_posix.waitpid`. Everything the child needs (C strings, the descriptors to close) is made
//! before `fork`; the child then only makes system calls, except for a `preexec_fn`, which
//! runs Python code in the child as CPython does.

use crate::native::ssize_arg;
use crate::posix::last_error;
use ferropy_vm::builtins::native;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use std::ffi::CString;
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("fork_exec", native("fork_exec", fork_exec));
    crate::native::module("_posixsubprocess", dict)
}

/// A str, bytes or path-like argument as a C string.
fn c_string(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let bytes = match v {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        _ => match vm.lookup_special(v, "__fspath__") {
            Some(m) => match vm.call_method_value(&m, v, &[], &[])? {
                Value::Bytes(b) => b.to_vec(),
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                _ => return Err(vm.type_error("expected str, bytes or os.PathLike object")),
            },
            None => return Err(vm.type_error("expected str, bytes or os.PathLike object")),
        },
    };
    CString::new(bytes).map_err(|_| vm.value_error("embedded null byte"))
}

fn c_strings(vm: &mut Vm, v: &Value) -> PyResult<Vec<CString>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| c_string(vm, x)).collect()
}

fn fd(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i32> {
    Ok(ssize_arg(vm, &args[i])? as i32)
}

/// The descriptors open in this process (from /proc/self/fd), to close in the child.
fn open_fds() -> Vec<i32> {
    match std::fs::read_dir("/proc/self/fd") {
        Ok(dir) => dir
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
            .collect(),
        Err(_) => (3..256).collect(),
    }
}

#[allow(clippy::too_many_lines)]
fn fork_exec(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 22 {
        return Err(vm.type_error("fork_exec() takes 23 arguments"));
    }
    let argv = c_strings(vm, &args[0])?;
    let exes = c_strings(vm, &args[1])?;
    let close_fds = vm.truthy(&args[2])?;
    let keep: Vec<i32> = vm
        .collect(&args[3])?
        .iter()
        .map(|v| ssize_arg(vm, v).map(|n| n as i32))
        .collect::<PyResult<_>>()?;
    let cwd = match &args[4] {
        Value::None => None,
        v => Some(c_string(vm, v)?),
    };
    let env = match &args[5] {
        Value::None => None,
        v => Some(c_strings(vm, v)?),
    };
    let [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, _errpipe_read, errpipe_write] =
        [6, 7, 8, 9, 10, 11, 12, 13].map(|i| fd(vm, args, i));
    let (p2cread, p2cwrite, c2pread, c2pwrite) = (p2cread?, p2cwrite?, c2pread?, c2pwrite?);
    let (errread, errwrite, errpipe_write) = (errread?, errwrite?, errpipe_write?);
    let restore_signals = vm.truthy(&args[14])?;
    let new_session = vm.truthy(&args[15])?;
    let pgroup = ssize_arg(vm, &args[16]).unwrap_or(-1);
    let umask = ssize_arg(vm, &args[20]).unwrap_or(-1);
    let preexec = args[21].clone();
    let to_close: Vec<i32> = if close_fds {
        open_fds()
            .into_iter()
            .filter(|&f| f > 2 && !keep.contains(&f))
            .collect()
    } else {
        Vec::new()
    };
    let ptrs = |v: &[CString]| -> Vec<*const libc::c_char> {
        v.iter()
            .map(|s| s.as_ptr())
            .chain([std::ptr::null()])
            .collect()
    };
    let argv_p = ptrs(&argv);
    let env_p = env.as_deref().map(ptrs);
    vm.flush_out();
    // SAFETY: fork in a single-threaded interpreter; the child below only makes system calls
    // on values prepared above (and runs preexec_fn, as CPython does), then execs or exits.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error(vm, None));
    }
    if pid > 0 {
        return Ok(Value::Int(pid as i64));
    }
    // The child.
    // SAFETY: system calls on descriptors and C strings that live until exec or _exit.
    unsafe {
        let fail = |step: &str| -> ! {
            let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            let msg = format!("OSError:{code:x}:{step}");
            libc::write(errpipe_write, msg.as_ptr().cast(), msg.len());
            libc::_exit(255)
        };
        for f in [p2cwrite, c2pread, errread] {
            if f != -1 {
                libc::close(f);
            }
        }
        let mut c2pwrite = c2pwrite;
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
        }
        let mut errwrite = errwrite;
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
        }
        for (from, to) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if from == to {
                let flags = libc::fcntl(from, libc::F_GETFD);
                libc::fcntl(from, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
            } else if from != -1 && libc::dup2(from, to) < 0 {
                fail("noexec");
            }
        }
        for &k in &keep {
            if k != errpipe_write {
                let flags = libc::fcntl(k, libc::F_GETFD);
                libc::fcntl(k, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
            }
        }
        if let Some(dir) = &cwd {
            if libc::chdir(dir.as_ptr()) < 0 {
                fail("noexec");
            }
        }
        if umask >= 0 {
            libc::umask(umask as libc::mode_t);
        }
        if restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if new_session {
            libc::setsid();
        }
        if pgroup >= 0 {
            libc::setpgid(0, pgroup as libc::pid_t);
        }
        if !preexec.is_none() && vm.call(&preexec, &[], &[]).is_err() {
            let msg = "SubprocessError:0:Exception occurred in preexec_fn.";
            libc::write(errpipe_write, msg.as_ptr().cast(), msg.len());
            libc::_exit(255);
        }
        for &f in &to_close {
            if f != errpipe_write {
                libc::close(f);
            }
        }
        let mut saved = 0;
        for exe in &exes {
            match &env_p {
                Some(e) => libc::execve(exe.as_ptr(), argv_p.as_ptr(), e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv_p.as_ptr()),
            };
            let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if code != libc::ENOENT && code != libc::ENOTDIR && saved == 0 {
                saved = code;
            }
        }
        if saved != 0 {
            *libc::__errno_location() = saved;
        }
        fail("")
    }
}

/// `waitpid(pid, options)`: `(pid, status)`.
pub fn waitpid(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let pid = ssize_arg(vm, args.first().unwrap_or(&Value::Int(-1)))? as libc::pid_t;
    let options = ssize_arg(vm, args.get(1).unwrap_or(&Value::Int(0)))? as i32;
    let mut status = 0;
    loop {
        // SAFETY: `status` is a live local the call writes.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(Value::tuple(vec![
                Value::Int(r as i64),
                Value::Int(status as i64),
            ]));
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(last_error(vm, None));
        }
    }
}
