//! `open()`: files in text and binary mode (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`) with `read`, `readline`, `readlines`, iteration by line, `write`,
//! `writelines`, `seek`/`tell`, `close` and the context-manager protocol.
//!
//! A file object is an instance whose `base_value` holds its native state (`Value::Opaque`);
//! dropping the last reference flushes and closes the file, as CPython's refcounting does.
//! Reads load the rest of the file at once; writes are buffered and flushed when the buffer is
//! large, on `flush`, `seek`, `close` and when the object goes away.

use crate::args::Args;
use crate::exceptions::{PyErr, PyResult};
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, PyInstance, Value};
use crate::Vm;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

const FLUSH_AT: usize = 1 << 16;

struct FileState {
    file: Option<std::fs::File>,
    text: bool,
    readable: bool,
    writable: bool,
    /// Bytes read from the file and not yet consumed.
    pending: Vec<u8>,
    /// Whether `pending` holds the rest of the file.
    loaded: bool,
    out: Vec<u8>,
}

impl FileState {
    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(f) = &mut self.file {
            if !self.out.is_empty() {
                f.write_all(&self.out)?;
                self.out.clear();
            }
        }
        Ok(())
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

struct FileCell(RefCell<FileState>);

/// The file types, created on first use.
pub struct FileTypes {
    text: Rc<PyType>,
    reader: Rc<PyType>,
    writer: Rc<PyType>,
}

fn file_type(vm: &Vm, name: &str) -> Rc<PyType> {
    let class = PyType::new(name, vec![vm.types.object.clone()], false);
    *class.module.borrow_mut() = "_io".into();
    class.has_dict.set(true);
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("seek", seek),
        ("tell", tell),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("fileno", fileno),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next_line),
        ("__repr__", repr),
    ];
    for (n, func) in methods {
        let f = BuiltinFunction {
            name: n,
            func: *func,
            bound: None,
            owner: Some("file"),
        };
        class.dict.set_str(n, Value::Builtin(Rc::new(f)));
    }
    class
}

fn types(vm: &mut Vm) -> (Rc<PyType>, Rc<PyType>, Rc<PyType>) {
    if vm.file_types.is_none() {
        vm.file_types = Some(FileTypes {
            text: file_type(vm, "TextIOWrapper"),
            reader: file_type(vm, "BufferedReader"),
            writer: file_type(vm, "BufferedWriter"),
        });
    }
    let t = vm.file_types.as_ref().expect("just created");
    (t.text.clone(), t.reader.clone(), t.writer.clone())
}

/// `io.UnsupportedOperation` (an `OSError` and a `ValueError`), created on first use.
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let class = match vm.types.exceptions.get("UnsupportedOperation") {
        Some(c) => c.clone(),
        None => {
            let bases = vec![
                vm.types.exceptions["OSError"].clone(),
                vm.types.exceptions["ValueError"].clone(),
            ];
            let c = PyType::new("UnsupportedOperation", bases, false);
            *c.module.borrow_mut() = "io".into();
            c.has_dict.set(true);
            vm.types
                .exceptions
                .insert("UnsupportedOperation", c.clone());
            c
        }
    };
    vm.new_exception(&class, vec![Value::str(msg)])
}

/// The `OSError` subclass CPython raises for a failed system call, with errno, text and file.
fn io_error(vm: &Vm, e: &std::io::Error, filename: &str) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        std::io::ErrorKind::AlreadyExists => "FileExistsError",
        _ if code == 21 => "IsADirectoryError",
        _ if code == 20 => "NotADirectoryError",
        _ => "OSError",
    };
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython prints strerror alone.
    let text = match text.find(" (os error") {
        Some(p) => text[..p].to_string(),
        None => text,
    };
    let class = vm.types.exceptions[class].clone();
    vm.new_exception(
        &class,
        vec![
            Value::Int(i64::from(code)),
            Value::str(text),
            Value::str(filename),
        ],
    )
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(mut file) = a.arg_or_kw(0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    // A path-like object (pathlib.Path) opens the path its `__fspath__` gives.
    if let Some(fspath) = vm.lookup_special(&file, "__fspath__") {
        file = vm.call_method_value(&fspath, &file, &[], &[])?;
    }
    if !matches!(file, Value::Str(_) | Value::Int(_)) {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&file)
        )));
    }
    let mode = match a.arg_or_kw(1, "mode") {
        Some(Value::Str(m)) => m.s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(&other)
            )))
        }
        None => "r".to_string(),
    };
    if let Some(enc) = a.arg_or_kw(3, "encoding").filter(|e| !e.is_none()) {
        let enc = vm.str(&enc)?;
        crate::codecs::lookup(vm, &enc)?;
    }
    let (opts, readable, writable, text) = parse_mode(&mode).map_err(|m| vm.value_error(m))?;
    for (i, name) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
        if !text && a.arg_or_kw(i, name).is_some_and(|e| !e.is_none()) {
            let article = if name == "newline" { "a" } else { "an" };
            return Err(vm.value_error(format!(
                "binary mode doesn't take {article} {name} argument"
            )));
        }
    }
    match a.arg_or_kw(5, "newline") {
        None | Some(Value::None) => {}
        Some(Value::Str(nl)) if matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") => {}
        Some(Value::Str(nl)) => {
            return Err(vm.value_error(format!("illegal newline value: {}", nl.as_str())))
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {}",
                vm.type_name(&v)
            )))
        }
    }
    let opener = a.kw("opener").filter(|o| !o.is_none());
    let fd = match (&file, opener) {
        (Value::Int(fd), _) => Some(*fd),
        (_, Some(opener)) => {
            let flags = open_flags(&mode);
            match vm.call(&opener, &[file.clone(), Value::Int(flags)], &[])? {
                Value::Int(fd) if fd >= 0 => Some(fd),
                _ => return Err(vm.value_error("opener returned an invalid file descriptor")),
            }
        }
        _ => None,
    };
    let shown = match &file {
        Value::Str(s) => s.s.to_string(),
        Value::Int(i) => i.to_string(),
        _ => String::new(),
    };
    let f = match fd {
        Some(fd) => {
            use std::os::fd::FromRawFd;
            // SAFETY: the descriptor comes from the program (`open(fd)` or an opener) and the
            // file object takes it over, as CPython's does with closefd=True: it is closed when
            // the object goes away.
            unsafe { std::fs::File::from_raw_fd(fd as i32) }
        }
        None => opts
            .open(shown.as_str())
            .map_err(|e| io_error(vm, &e, shown.as_str()))?,
    };
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(io_error(vm, &e, shown.as_str()));
    }
    let (text_t, reader_t, writer_t) = types(vm);
    let class = if text {
        text_t
    } else if readable {
        reader_t
    } else {
        writer_t
    };
    let state = FileState {
        file: Some(f),
        text,
        readable,
        writable,
        pending: Vec::new(),
        loaded: false,
        out: Vec::new(),
    };
    let inst = PyInstance::new(class);
    inst.dict.set_str("name", file.clone());
    inst.dict.set_str("mode", Value::str(mode));
    inst.dict.set_str("closed", Value::Bool(false));
    if text {
        inst.dict.set_str("encoding", Value::str("UTF-8"));
    }
    *inst.extra().base_value.borrow_mut() =
        Value::Opaque(Rc::new(Box::new(FileCell(RefCell::new(state)))));
    Ok(Value::Instance(Rc::new(inst)))
}

/// The `os.open` flags for a mode string (what an `opener` receives).
fn open_flags(mode: &str) -> i64 {
    let plus = mode.contains('+');
    let base = if mode.contains('r') {
        if plus {
            libc::O_RDWR
        } else {
            libc::O_RDONLY
        }
    } else {
        let access = if plus { libc::O_RDWR } else { libc::O_WRONLY };
        access
            | libc::O_CREAT
            | if mode.contains('w') {
                libc::O_TRUNC
            } else if mode.contains('a') {
                libc::O_APPEND
            } else {
                libc::O_EXCL
            }
    };
    i64::from(base | libc::O_CLOEXEC)
}

/// Open options, readable, writable and text mode for a mode string.
/// The options of a mode string, or CPython's ValueError message.
fn parse_mode(mode: &str) -> Result<(std::fs::OpenOptions, bool, bool, bool), String> {
    let mut opts = std::fs::OpenOptions::new();
    let invalid = || format!("invalid mode: '{mode}'");
    let (mut kinds, mut plus, mut binary, mut text) = (Vec::new(), false, false, false);
    for (i, c) in mode.char_indices() {
        // Any other character, or one given twice, makes the mode invalid.
        if !"axrwb+t".contains(c) || mode[i + 1..].contains(c) {
            return Err(invalid());
        }
        match c {
            '+' => plus = true,
            'b' => binary = true,
            't' => text = true,
            _ => kinds.push(c),
        }
    }
    if text && binary {
        return Err("can't have text and binary mode at once".into());
    }
    if kinds.len() > 1 {
        return Err("must have exactly one of create/read/write/append mode".into());
    }
    let Some(&kind) = kinds.first() else {
        return Err(
            "Must have exactly one of create/read/write/append mode and at most one plus".into(),
        );
    };
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    opts.read(readable);
    match kind {
        'w' => opts.write(true).create(true).truncate(true),
        'a' => opts.append(true).create(true),
        'x' => opts.write(true).create_new(true),
        _ => opts.write(plus),
    };
    Ok((opts, readable, writable, !binary))
}

/// The state of the file a method was called on.
fn state(vm: &Vm, args: &[Value]) -> PyResult<Rc<crate::value::OpaqueBox>> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            if o.downcast_ref::<FileCell>().is_some() {
                return Ok(o.clone());
            }
        }
    }
    Err(vm.type_error("descriptor requires a file object"))
}

fn with_state<R>(
    vm: &mut Vm,
    args: &[Value],
    f: impl FnOnce(&mut Vm, &mut FileState) -> PyResult<R>,
) -> PyResult<R> {
    let o = state(vm, args)?;
    let cell = o.downcast_ref::<FileCell>().expect("checked by state()");
    let mut s = cell.0.borrow_mut();
    if s.file.is_none() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    f(vm, &mut s)
}

/// Loads the rest of the file into `pending` (text mode translates newlines, as `newline=None`).
fn load(vm: &mut Vm, s: &mut FileState) -> PyResult<()> {
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    if s.loaded {
        return Ok(());
    }
    s.flush().map_err(|e| vm.os_error(&e))?;
    let mut data = Vec::new();
    if let Some(f) = &mut s.file {
        f.read_to_end(&mut data).map_err(|e| vm.os_error(&e))?;
    }
    if s.text {
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            if data[i] == b'\r' {
                out.push(b'\n');
                if data.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            } else {
                out.push(data[i]);
            }
            i += 1;
        }
        data = out;
    }
    s.pending.extend(data);
    s.loaded = true;
    Ok(())
}

/// Turns consumed bytes into the value text or binary mode returns.
fn value_of(vm: &Vm, s: &FileState, bytes: Vec<u8>) -> PyResult<Value> {
    if !s.text {
        return Ok(Value::Bytes(Rc::new(bytes)));
    }
    crate::codecs::decode(vm, &bytes, crate::codecs::Codec::Utf8, "strict").map(Value::str)
}

/// The byte length of the first `n` characters of UTF-8 text (all of it when shorter).
fn char_prefix_len(b: &[u8], n: usize) -> usize {
    let mut count = 0;
    for (i, byte) in b.iter().enumerate() {
        if byte & 0xc0 != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    b.len()
}

fn read(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let size = a
        .arg_or_kw(0, "size")
        .and_then(|v| crate::int::as_i64(&v))
        .unwrap_or(-1);
    with_state(vm, args, |vm, s| {
        load(vm, s)?;
        let n = if size < 0 {
            s.pending.len()
        } else if s.text {
            char_prefix_len(&s.pending, size as usize)
        } else {
            (size as usize).min(s.pending.len())
        };
        let taken: Vec<u8> = s.pending.drain(..n).collect();
        value_of(vm, s, taken)
    })
}

/// The next line (with its newline), or an empty value at the end of the file.
fn take_line(vm: &mut Vm, s: &mut FileState) -> PyResult<Value> {
    load(vm, s)?;
    let end = s
        .pending
        .iter()
        .position(|b| *b == b'\n')
        .map_or(s.pending.len(), |p| p + 1);
    let taken: Vec<u8> = s.pending.drain(..end).collect();
    value_of(vm, s, taken)
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, take_line)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |vm, s| {
        let mut lines = Vec::new();
        loop {
            let line = take_line(vm, s)?;
            if vm.len(&line)? == 0 {
                return Ok(Value::list(lines));
            }
            lines.push(line);
        }
    })
}

fn next_line(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let line = with_state(vm, args, take_line)?;
    if vm.len(&line)? == 0 {
        let class = vm.types.exceptions["StopIteration"].clone();
        return Err(vm.new_exception(&class, Vec::new()));
    }
    Ok(line)
}

/// The bytes to write for a `write` argument, with the error CPython gives for the wrong type.
fn payload(vm: &Vm, s: &FileState, v: &Value) -> PyResult<Vec<u8>> {
    match (s.text, v) {
        (true, Value::Str(t)) => Ok(t.s.as_bytes().to_vec()),
        (true, other) => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(other)
        ))),
        (false, other) => crate::bytes_methods::bytes_like(other).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            ))
        }),
    }
}

fn write_bytes(vm: &mut Vm, s: &mut FileState, data: &[u8]) -> PyResult<()> {
    if !s.writable {
        return Err(unsupported(vm, "not writable"));
    }
    // Writing after reading: drop what was read ahead and continue at the logical position.
    if s.loaded || !s.pending.is_empty() {
        let back = s.pending.len() as i64;
        if let Some(f) = &mut s.file {
            f.seek(SeekFrom::Current(-back))
                .map_err(|e| vm.os_error(&e))?;
        }
        s.pending.clear();
        s.loaded = false;
    }
    s.out.extend_from_slice(data);
    if s.out.len() >= FLUSH_AT {
        s.flush().map_err(|e| vm.os_error(&e))?;
    }
    Ok(())
}

fn write(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "write", 1)?;
    let mut v = a[0].clone();
    // A str or bytes subclass writes its value; another buffer (memoryview) its bytes.
    if let Value::Instance(i) = &v {
        let base = i.base_value().borrow().clone();
        v = match base {
            b @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) => b,
            _ => match vm.get_attr_str(&v, "tobytes") {
                Ok(m) => vm.call(&m, &[], &[])?,
                Err(_) => v,
            },
        };
    }
    with_state(vm, args, |vm, s| {
        let data = payload(vm, s, &v)?;
        write_bytes(vm, s, &data)?;
        let n = if s.text {
            v.as_str().map_or(0, |t| t.chars().count())
        } else {
            data.len()
        };
        Ok(Value::Int(n as i64))
    })
}

fn writelines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "writelines", 1)?;
    let items = vm.collect(&a[0])?;
    with_state(vm, args, |vm, s| {
        for item in &items {
            let data = payload(vm, s, item)?;
            write_bytes(vm, s, &data)?;
        }
        Ok(Value::None)
    })
}

fn flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |vm, s| {
        s.flush().map_err(|e| vm.os_error(&e))?;
        Ok(Value::None)
    })
}

fn close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = state(vm, args)?;
    let cell = o.downcast_ref::<FileCell>().expect("checked by state()");
    let mut s = cell.0.borrow_mut();
    let result = s.flush();
    s.file = None;
    s.pending.clear();
    drop(s);
    if let Some(Value::Instance(i)) = args.first() {
        i.dict.set_str("closed", Value::Bool(true));
    }
    result.map_err(|e| vm.os_error(&e))?;
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).range(vm, "seek", 1, 2)?;
    let offset = crate::int::as_i64(&a[0]).unwrap_or(0);
    let whence = a.get(1).and_then(crate::int::as_i64).unwrap_or(0);
    with_state(vm, args, |vm, s| {
        s.flush().map_err(|e| vm.os_error(&e))?;
        let back = s.pending.len() as i64;
        s.pending.clear();
        s.loaded = false;
        let target = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            1 => SeekFrom::Current(offset - back),
            _ => SeekFrom::End(offset),
        };
        let pos = match &mut s.file {
            Some(f) => f.seek(target).map_err(|e| vm.os_error(&e))?,
            None => 0,
        };
        Ok(Value::Int(pos as i64))
    })
}

fn tell(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |vm, s| {
        let pending = s.pending.len() as u64;
        let buffered = s.out.len() as u64;
        let pos = match &mut s.file {
            Some(f) => f.stream_position().map_err(|e| vm.os_error(&e))?,
            None => 0,
        };
        Ok(Value::Int((pos + buffered).saturating_sub(pending) as i64))
    })
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    with_state(vm, args, |vm, s| match &s.file {
        Some(f) => Ok(Value::Int(f.as_raw_fd() as i64)),
        None => Err(vm.value_error("I/O operation on closed file")),
    })
}

fn readable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |_, s| Ok(Value::Bool(s.readable)))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |_, s| Ok(Value::Bool(s.writable)))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |_, _| Ok(Value::Bool(true)))
}

fn enter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    with_state(vm, args, |_, _| Ok(()))?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    close(vm, &args[..1], &[])?;
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(vm.type_error("descriptor requires a file object"));
    };
    let class = i.class.borrow().name.clone();
    let name = vm.repr(&i.dict.get_str("name").unwrap_or(Value::None))?;
    let mode = vm.repr(&i.dict.get_str("mode").unwrap_or(Value::None))?;
    Ok(Value::str(match i.dict.get_str("encoding") {
        Some(enc) => format!(
            "<_io.{class} name={name} mode={mode} encoding={}>",
            vm.repr(&enc)?
        ),
        None => format!("<_io.{class} name={name}>"),
    }))
}
