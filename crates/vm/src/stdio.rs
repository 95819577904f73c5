//! The standard streams: `sys.stdin`, `sys.stdout` and `sys.stderr` as `_io.TextIOWrapper`
//! objects with `write`, `flush`, `readline`, ... methods, how standard output is buffered, and
//! reading standard input so that a SIGINT interrupts a blocked read.
//!
//! Standard output goes through the VM's buffer (`Vm::out`): flushed when full, at exit, before
//! anything is written to standard error (so the two interleave in order in a terminal or a
//! file), after every line when it is a terminal, and after every write under `-u` /
//! `PYTHONUNBUFFERED`. A write that fails (a closed pipe) raises `BrokenPipeError` and drops what
//! was buffered, as CPython's buffered writer does; a flush that fails at exit prints CPython's
//! "Exception ignored" report and the process exits 120.

use crate::args::Args;
use crate::exceptions::{PyErr, PyResult};
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, PyInstance, Value};
use crate::Vm;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::rc::Rc;

/// When standard output is flushed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutMode {
    /// When the buffer fills, before standard error is written, and at exit.
    Block,
    /// Also after every write that contains a newline (a terminal).
    Line,
    /// After every write (`-u`, `PYTHONUNBUFFERED`).
    Unbuffered,
}

impl OutMode {
    /// Line-buffered on a terminal, block-buffered otherwise, as CPython's default.
    pub fn default_for_stdout() -> OutMode {
        if std::io::stdout().is_terminal() {
            OutMode::Line
        } else {
            OutMode::Block
        }
    }
}

/// The buffer size of standard output.
pub const OUT_BUFFER: usize = 1 << 16;

/// What CPython prints when standard output cannot be flushed at exit.
pub const EXIT_FLUSH_FAILED: &str =
    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n";

/// The exit status after standard output could not be flushed at exit (CPython's).
pub const EXIT_FLUSH_FAILED_STATUS: u8 = 120;

const NAMES: [&str; 3] = ["<stdin>", "<stdout>", "<stderr>"];

/// File descriptor 0, read so that a SIGINT interrupts a blocked read: the error then says so
/// and the caller raises `KeyboardInterrupt`. It waits in `poll` with a short timeout rather
/// than in `read`, because a signal that arrives just before a blocking `read` would not
/// interrupt it.
pub struct RawStdin;

impl Read for RawStdin {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if crate::signals::sigint_pending() {
                // Not `Interrupted`, which `BufRead` would retry.
                return Err(std::io::Error::other("interrupted by SIGINT"));
            }
            let mut fd = libc::pollfd {
                fd: 0,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            let ready = unsafe { libc::poll(&mut fd, 1, 50) };
            if ready == 0 {
                continue;
            }
            // SAFETY: reads at most `buf.len()` bytes into `buf`.
            let n = if ready > 0 {
                unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) }
            } else {
                -1
            };
            if n >= 0 {
                return Ok(n as usize);
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }
}

/// Buffered standard input shared by `input()`, `sys.stdin` and the REPL on a pipe.
pub type StdinReader = std::io::BufReader<RawStdin>;

impl Vm {
    /// Writes to standard output (see the module comment for when it is flushed).
    #[inline]
    pub fn write_out(&mut self, s: &str) -> PyResult<()> {
        let written = match self.out_mode {
            OutMode::Block => self.out.write_all(s.as_bytes()),
            OutMode::Line if !s.contains('\n') => self.out.write_all(s.as_bytes()),
            _ => self
                .out
                .write_all(s.as_bytes())
                .and_then(|()| self.out.flush()),
        };
        match written {
            Ok(()) => Ok(()),
            Err(e) => Err(self.drop_out_buffer(&e)),
        }
    }

    /// A failed write: CPython's writer forgets the data, so nothing is retried at exit.
    #[cold]
    fn drop_out_buffer(&mut self, e: &std::io::Error) -> PyErr {
        let fresh = std::io::BufWriter::with_capacity(OUT_BUFFER, std::io::stdout());
        let (_, _) = std::mem::replace(&mut self.out, fresh).into_parts();
        self.os_error(e)
    }

    /// Flushes standard output, ignoring errors (before writing to standard error).
    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// Flushes standard output: `sys.stdout.flush()`, `print(flush=True)`.
    pub fn flush_stdout(&mut self) -> PyResult<()> {
        match self.out.flush() {
            Ok(()) => Ok(()),
            Err(e) => Err(self.os_error(&e)),
        }
    }

    /// The last flush at exit: false (after printing CPython's report) when it failed.
    pub fn flush_at_exit(&mut self) -> bool {
        if self.out.flush().is_ok() {
            return true;
        }
        let _ = std::io::stderr().write_all(EXIT_FLUSH_FAILED.as_bytes());
        false
    }

    /// Writes to standard error, after flushing standard output so that the two stay in order.
    pub fn write_err(&mut self, s: &str) {
        self.flush_out();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// `print()` without `file=`: to whatever `sys.stdout` is now (nothing when it is None).
    pub fn print_stdout(&mut self, s: &str) -> PyResult<()> {
        match self.stdout_replacement() {
            None => self.write_out(s),
            Some(Value::None) => Ok(()),
            Some(obj) => {
                let write = self.get_attr_str(&obj, "write")?;
                self.call(&write, &[Value::str(s)], &[])?;
                Ok(())
            }
        }
    }

    /// `sys.stdout` when a program replaced it.
    fn stdout_replacement(&self) -> Option<Value> {
        let Some(Value::Module(sys)) = self.modules.get_str("sys") else {
            return None;
        };
        match (sys.dict.get_str("stdout")?, self.stdio.get(1)) {
            (Value::Instance(i), Some(ours)) if Rc::ptr_eq(&i, ours) => None,
            (other, _) => Some(other),
        }
    }

    /// Reads one line from standard input, with its newline; empty at end of input.
    pub fn read_stdin_line(&mut self) -> PyResult<String> {
        let mut buf = Vec::new();
        let result = self
            .stdin
            .get_or_insert_with(|| std::io::BufReader::new(RawStdin))
            .read_until(b'\n', &mut buf);
        self.stdin_result(result)?;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }

    /// Reads the rest of standard input.
    pub fn read_stdin_all(&mut self) -> PyResult<String> {
        let mut buf = Vec::new();
        let result = self
            .stdin
            .get_or_insert_with(|| std::io::BufReader::new(RawStdin))
            .read_to_end(&mut buf);
        self.stdin_result(result)?;
        Ok(String::from_utf8_lossy(&buf).into_owned())
    }

    fn stdin_result(&mut self, result: std::io::Result<usize>) -> PyResult<()> {
        self.check_signals()?;
        result.map(|_| ()).map_err(|e| self.os_error(&e))
    }

    /// The `OSError` subclass for an I/O error, with CPython's `[Errno N] text` message.
    pub fn os_error(&self, e: &std::io::Error) -> PyErr {
        let code = e.raw_os_error().unwrap_or(0);
        let class = match code {
            libc::EPIPE => "BrokenPipeError",
            libc::EINTR => "InterruptedError",
            _ => "OSError",
        };
        let text = if code == libc::EPIPE {
            "Broken pipe".to_string()
        } else {
            e.to_string()
        };
        self.err(class, format!("[Errno {code}] {text}"))
    }
}

/// Creates the three stream objects (kept in `vm.stdio`) and sets `sys.stdin`, `sys.stdout`,
/// `sys.stderr` and their `sys.__std*__` twins.
pub fn install(vm: &mut Vm, sys: &crate::dict::PyDict) {
    if vm.stdio.is_empty() {
        let class = stream_type(vm);
        vm.stdio = (0..3).map(|fd| Rc::new(stream(&class, fd))).collect();
    }
    for (fd, name) in ["stdin", "stdout", "stderr"].iter().enumerate() {
        let v = Value::Instance(vm.stdio[fd].clone());
        sys.set_str(name, v.clone());
        sys.set_str(&format!("__{name}__"), v);
    }
}

fn stream_type(vm: &Vm) -> Rc<PyType> {
    let class = PyType::new("TextIOWrapper", vec![vm.types.object.clone()], false);
    *class.module.borrow_mut() = "_io".into();
    let methods: [(&'static str, NativeFn); 13] = [
        ("write", write),
        ("flush", flush),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("readline", readline),
        ("readlines", readlines),
        ("read", read),
        ("__iter__", iter),
        ("__next__", next),
        ("__repr__", repr),
    ];
    for (name, func) in methods {
        let f = BuiltinFunction {
            name,
            func,
            bound: None,
            owner: Some("TextIOWrapper"),
        };
        class.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    class
}

fn stream(class: &Rc<PyType>, fd: usize) -> PyInstance {
    let inst = PyInstance::new(class.clone());
    inst.dict.set_str("name", Value::str(NAMES[fd]));
    inst.dict
        .set_str("mode", Value::str(if fd == 0 { "r" } else { "w" }));
    inst.dict.set_str("encoding", Value::str("utf-8"));
    inst.dict.set_str(
        "errors",
        Value::str(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
    );
    inst.dict.set_str("closed", Value::Bool(false));
    inst
}

/// Which stream a method was called on (0, 1 or 2).
fn which(vm: &Vm, args: &[Value]) -> PyResult<usize> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(fd) = vm.stdio.iter().position(|s| Rc::ptr_eq(s, i)) {
            return Ok(fd);
        }
    }
    Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn unsupported(vm: &Vm, what: &str) -> PyErr {
    // CPython raises io.UnsupportedOperation, a subclass of OSError.
    vm.err("OSError", format!("not {what}"))
}

fn write(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let fd = which(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "write", 1)?;
    let Value::Str(s) = &a[0] else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    match fd {
        0 => return Err(unsupported(vm, "writable")),
        1 => vm.write_out(&s.s)?,
        _ => vm.write_err(&s.s),
    }
    Ok(Value::Int(s.s.chars().count() as i64))
}

fn flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if which(vm, args)? == 1 {
        vm.flush_stdout()?;
    }
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(which(vm, args)? as i64))
}

fn isatty(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let tty = match which(vm, args)? {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    };
    Ok(Value::Bool(tty))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(which(vm, args)? == 0))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(which(vm, args)? != 0))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    which(vm, args)?;
    Ok(Value::Bool(false))
}

fn reader(vm: &Vm, args: &[Value]) -> PyResult<()> {
    match which(vm, args)? {
        0 => Ok(()),
        _ => Err(unsupported(vm, "readable")),
    }
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    reader(vm, args)?;
    vm.flush_out();
    Ok(Value::str(vm.read_stdin_line()?))
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    reader(vm, args)?;
    vm.flush_out();
    let all = vm.read_stdin_all()?;
    Ok(Value::list(
        all.split_inclusive('\n').map(Value::str).collect(),
    ))
}

fn read(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    reader(vm, args)?;
    vm.flush_out();
    Ok(Value::str(vm.read_stdin_all()?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    which(vm, args)?;
    Ok(args[0].clone())
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    reader(vm, args)?;
    let line = vm.read_stdin_line()?;
    if line.is_empty() {
        let class = vm.types.exceptions["StopIteration"].clone();
        return Err(vm.new_exception(&class, Vec::new()));
    }
    Ok(Value::str(line))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let fd = which(vm, args)?;
    let mode = if fd == 0 { "r" } else { "w" };
    Ok(Value::str(format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        NAMES[fd]
    )))
}
