//! Methods of `bytes` and `bytearray`.
//!
//! Methods whose byte semantics equal the text semantics on Latin-1 text (find, replace,
//! partition, justify, ...) run the `str` method on the bytes read as Latin-1 and convert the
//! result back; the ASCII-only ones (case changes, `is*`, whitespace splitting) are written out
//! here, as are the `bytearray` mutators.

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The bytes of a bytes-like value (bytes, bytearray, or an instance of a subclass of either).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match crate::builtin_dunders::unwrap_base(v) {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        other @ Value::Instance(_) => BUFFER_HOOK.get().and_then(|hook| hook(&other)),
        _ => None,
    }
}

/// Reads the bytes of a native buffer object (`memoryview`, which lives in ferropy-stdlib).
static BUFFER_HOOK: std::sync::OnceLock<fn(&Value) -> Option<Vec<u8>>> = std::sync::OnceLock::new();

/// Lets native buffer objects count as bytes-like (`bytes(view)`, `b"".join`, `==`).
pub fn set_buffer_hook(hook: fn(&Value) -> Option<Vec<u8>>) {
    let _ = BUFFER_HOOK.set(hook);
}

pub fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn make(data: Vec<u8>, bytearray: bool) -> Value {
    if bytearray {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    } else {
        Value::Bytes(Rc::new(data))
    }
}

/// The receiver's bytes and whether it is a bytearray.
fn this(vm: &Vm, args: &[Value]) -> PyResult<(Vec<u8>, bool)> {
    let v = args.first().map(crate::builtin_dunders::unwrap_base);
    match v {
        Some(Value::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Value::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// An argument for the `str` method run on Latin-1 text: bytes become text, ints (single
/// bytes, for find/count/index) become one character, tuples are converted item by item.
fn text_arg(vm: &Vm, v: &Value, ints_ok: bool) -> PyResult<Value> {
    if let Some(b) = bytes_like(v) {
        return Ok(Value::str(latin1(&b)));
    }
    match v {
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len());
            for x in t.iter() {
                out.push(text_arg(vm, x, false)?);
            }
            Ok(Value::tuple(out))
        }
        Value::Int(i) if ints_ok => match u8::try_from(*i) {
            Ok(b) => Ok(Value::str((b as char).to_string())),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        Value::None | Value::Int(_) | Value::Bool(_) => Ok(v.clone()),
        _ if ints_ok => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Text results back to bytes (or bytearrays), inside lists and tuples too.
fn back(v: Value, bytearray: bool) -> Value {
    match v {
        Value::Str(s) => make(from_latin1(s.as_str()), bytearray),
        Value::List(l) => Value::list(
            l.borrow()
                .iter()
                .map(|x| back(x.clone(), bytearray))
                .collect(),
        ),
        Value::Tuple(t) => Value::tuple(t.iter().map(|x| back(x.clone(), bytearray)).collect()),
        other => other,
    }
}

/// Runs the `str` method `name` on the Latin-1 reading of the receiver and arguments.
fn via_str(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    ints_ok: bool,
) -> PyResult<Value> {
    let (data, bytearray) = this(vm, args)?;
    let mut sargs = vec![Value::str(latin1(&data))];
    for (i, a) in args[1..].iter().enumerate() {
        if i == 1 && matches!(name, "center" | "ljust" | "rjust") {
            if !bytes_like(a).is_some_and(|b| b.len() == 1) {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(a)
                )));
            }
        }
        // Only the first argument of find/count/index may be a single byte as an int.
        sargs.push(text_arg(vm, a, ints_ok && i == 0)?);
    }
    let f = vm.types.str_.dict.get_str(name).unwrap_or(Value::None);
    match vm.call(&f, &sargs, kw) {
        Ok(r) => Ok(back(r, bytearray)),
        Err(e) if e.matches(vm, "ValueError") && matches!(name, "index" | "rindex") => {
            Err(vm.value_error("subsection not found"))
        }
        Err(e) => Err(e),
    }
}

macro_rules! delegated {
    ($($f:ident => $name:literal, $ints:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            via_str(vm, args, kw, $name, $ints)
        })*
    };
}

delegated! {
    find => "find", true; rfind => "rfind", true; index => "index", true; rindex => "rindex", true;
    count => "count", true; replace => "replace", false; startswith => "startswith", false;
    endswith => "endswith", false; partition => "partition", false; rpartition => "rpartition", false;
    removeprefix => "removeprefix", false; removesuffix => "removesuffix", false; center => "center", false;
    ljust => "ljust", false; rjust => "rjust", false; zfill => "zfill", false; expandtabs => "expandtabs", false;
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// split/rsplit: with a separator as text; on runs of ASCII whitespace otherwise.
fn split_impl(vm: &mut Vm, args: &[Value], kw: &[Value], reverse: bool) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let sep = a.arg_or_kw(0, "sep").filter(|s| !s.is_none());
    if sep.is_some() {
        return via_str(
            vm,
            args,
            kw,
            if reverse { "rsplit" } else { "split" },
            false,
        );
    }
    let (data, bytearray) = this(vm, args)?;
    let max = a
        .arg_or_kw(1, "maxsplit")
        .and_then(|v| crate::int::as_i64(&v))
        .unwrap_or(-1);
    let mut words: Vec<&[u8]> = data
        .split(|b| is_space(*b))
        .filter(|w| !w.is_empty())
        .collect();
    if max >= 0 && words.len() > max as usize {
        // Keep the unsplit remainder as in CPython: the rest of the text after the last cut.
        let keep = max as usize;
        let text: &[u8] = &data;
        let mut pieces = Vec::new();
        if !reverse {
            let mut rest = trim_start(text);
            for _ in 0..keep {
                let end = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
                pieces.push(&rest[..end]);
                rest = trim_start(&rest[end..]);
            }
            pieces.push(rest);
        } else {
            let mut rest = trim_end(text);
            for _ in 0..keep {
                let start = rest.iter().rposition(|b| is_space(*b)).map_or(0, |p| p + 1);
                pieces.push(&rest[start..]);
                rest = trim_end(&rest[..start]);
            }
            pieces.push(rest);
            pieces.reverse();
        }
        words = pieces;
    }
    Ok(Value::list(
        words
            .into_iter()
            .map(|w| make(w.to_vec(), bytearray))
            .collect(),
    ))
}

fn trim_start(b: &[u8]) -> &[u8] {
    let i = b.iter().position(|x| !is_space(*x)).unwrap_or(b.len());
    &b[i..]
}

fn trim_end(b: &[u8]) -> &[u8] {
    let i = b.iter().rposition(|x| !is_space(*x)).map_or(0, |p| p + 1);
    &b[..i]
}

fn split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    if args.get(1).is_some_and(|v| !v.is_none()) {
        return via_str(vm, args, kw, name, false);
    }
    let (data, bytearray) = this(vm, args)?;
    let mut s: &[u8] = &data;
    if left {
        s = trim_start(s);
    }
    if right {
        s = trim_end(s);
    }
    Ok(make(s.to_vec(), bytearray))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn join(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (sep, bytearray) = this(vm, args)?;
    let Some(iterable) = args.get(1) else {
        return Err(vm.type_error("join() takes exactly one argument (0 given)"));
    };
    let mut out = Vec::new();
    for (i, item) in vm.collect(iterable)?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(make(out, bytearray))
}

fn map_bytes(vm: &mut Vm, args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (data, bytearray) = this(vm, args)?;
    Ok(make(f(&data), bytearray))
}

fn upper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "upper")?;
    map_bytes(vm, args, |d| d.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "lower")?;
    map_bytes(vm, args, |d| d.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "swapcase")?;
    map_bytes(vm, args, |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "capitalize")?;
    map_bytes(vm, args, |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "title")?;
    map_bytes(vm, args, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn test_all(vm: &mut Vm, args: &[Value], f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let (data, _) = this(vm, args)?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(|b| f(*b))))
}

fn isalpha(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isalpha")?;
    test_all(vm, args, |b| b.is_ascii_alphabetic())
}

fn isdigit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isdigit")?;
    test_all(vm, args, |b| b.is_ascii_digit())
}

fn isalnum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isalnum")?;
    test_all(vm, args, |b| b.is_ascii_alphanumeric())
}

fn isspace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isspace")?;
    test_all(vm, args, is_space)
}

fn isascii(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isascii")?;
    let (data, _) = this(vm, args)?;
    Ok(Value::Bool(data.is_ascii()))
}

fn islower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "islower")?;
    let (d, _) = this(vm, args)?;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "isupper")?;
    let (d, _) = this(vm, args)?;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "istitle")?;
    let (d, _) = this(vm, args)?;
    let text = latin1(
        &d.iter()
            .map(|b| if b.is_ascii() { *b } else { b' ' })
            .collect::<Vec<u8>>(),
    );
    Ok(Value::Bool(crate::str_extra::is_title(&text)))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, bytearray) = this(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let keep = match a.arg_or_kw(0, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(make(
                d[start..if keep { end } else { i }].to_vec(),
                bytearray,
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(make(d[start..].to_vec(), bytearray));
    }
    Ok(Value::list(out))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`.
fn hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, _) = this(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let digits: Vec<String> = d.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match a.arg_or_kw(0, "sep") {
        None | Some(Value::None) => return Ok(Value::str(digits.concat())),
        Some(Value::Str(s)) if s.char_len() == 1 => s.s.to_string(),
        Some(v) if bytes_like(&v).is_some_and(|b| b.len() == 1) => {
            latin1(&bytes_like(&v).unwrap_or_default())
        }
        Some(_) => return Err(vm.value_error("sep must be length 1.")),
    };
    let per = a
        .arg_or_kw(1, "bytes_per_sep")
        .and_then(|v| crate::int::as_i64(&v))
        .unwrap_or(1);
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
    let groups: Vec<String> = if per > 0 {
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::str(groups.join(&sep)))
}

/// `bytes.fromhex(s)` (a class method).
fn fromhex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.get(1) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let text: Vec<char> = s.s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = text[i].to_digit(16);
        let lo = text.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 >= text.len() => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
        i += 2;
    }
    let bytearray =
        matches!(args.first(), Some(Value::Type(t)) if Rc::ptr_eq(t, &vm.types.bytearray));
    Ok(make(out, bytearray))
}

fn decode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, _) = this(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let text_arg = |vm: &Vm, name: &str, v: Option<Value>, default: &str| match v {
        Some(Value::Str(s)) => Ok(s.s.to_string()),
        Some(v) => Err(vm.type_error(format!(
            "decode() argument '{name}' must be str, not {}",
            vm.type_name(&v)
        ))),
        None => Ok(default.to_string()),
    };
    let encoding = text_arg(vm, "encoding", a.arg_or_kw(0, "encoding"), "utf-8")?;
    let errors = text_arg(vm, "errors", a.arg_or_kw(1, "errors"), "strict")?;
    let Ok(codec) = crate::codecs::lookup(vm, &encoding) else {
        let b = Value::Bytes(Rc::new(d.to_vec()));
        return crate::codecs::python_codec(vm, "decode", b, &encoding, &errors);
    };
    Ok(Value::str(crate::codecs::decode(vm, &d, codec, &errors)?))
}

/// `bytes.translate(table, delete=b'')`: `table` is None or 256 bytes.
fn translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, bytearray) = this(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let required = |vm: &Vm, v: &Value| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    };
    let table = match a.arg_or_kw(0, "table") {
        None | Some(Value::None) => None,
        Some(t) => match bytes_like(&t) {
            Some(b) if b.len() == 256 => Some(b),
            Some(_) => return Err(vm.value_error("translation table must be 256 characters long")),
            None => return Err(required(vm, &t)),
        },
    };
    let delete = match a.arg_or_kw(1, "delete") {
        Some(d) => bytes_like(&d).ok_or_else(|| required(vm, &d))?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(*b, |t| t[*b as usize]))
        .collect();
    Ok(make(out, bytearray))
}

/// `bytes.maketrans(from, to)` (a static method): a 256-byte translation table.
fn maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "maketrans", 2)?;
    let to_bytes = |vm: &Vm, v: &Value| {
        bytes_like(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))
        })
    };
    let (from, to) = (to_bytes(vm, &a[0])?, to_bytes(vm, &a[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(make(table, false))
}

// ----- bytearray mutators -----

fn the_bytearray(vm: &Vm, v: &Value) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match crate::builtin_dunders::unwrap_base(v) {
        Value::ByteArray(b) => Ok(b),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

/// A value that must be one byte: an int in range(0, 256).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index_bigint(v)?;
    num_traits::ToPrimitive::to_u8(&i)
        .ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))
}

fn append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = the_bytearray(vm, &args[0])?;
    let a = Args::new(&args[1..], kw).exact(vm, "append", 1)?;
    let x = byte_value(vm, &a[0])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = the_bytearray(vm, &args[0])?;
    let a = Args::new(&args[1..], kw).exact(vm, "extend", 1)?;
    let data = match bytes_like(&a[0]) {
        Some(d) => d,
        None => {
            let mut out = Vec::new();
            for item in vm.collect(&a[0])? {
                out.push(byte_value(vm, &item)?);
            }
            out
        }
    };
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = the_bytearray(vm, &args[0])?;
    let a = Args::new(&args[1..], kw).exact(vm, "insert", 2)?;
    let len = b.borrow().len() as i64;
    let i = vm.index_value(&a[0], "bytearray")?;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let x = byte_value(vm, &a[1])?;
    b.borrow_mut().insert(at, x);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = the_bytearray(vm, &args[0])?;
    let a = Args::new(&args[1..], kw).range(vm, "pop", 0, 1)?;
    let len = b.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.first() {
        Some(v) => vm.index_value(v, "bytearray")?,
        None => -1,
    };
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = b.borrow_mut().remove(at as usize);
    Ok(Value::Int(i64::from(x)))
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let b = the_bytearray(vm, &args[0])?;
    let a = Args::new(&args[1..], kw).exact(vm, "remove", 1)?;
    let x = byte_value(vm, &a[0])?;
    let pos = b.borrow().iter().position(|y| *y == x);
    match pos {
        Some(p) => {
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "reverse")?;
    the_bytearray(vm, &args[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "clear")?;
    the_bytearray(vm, &args[0])?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "", "copy")?;
    let data = the_bytearray(vm, &args[0])?.borrow().clone();
    Ok(make(data, true))
}

/// `bytearray(...)`: like `bytes(...)`, mutable.
/// `bytearray.__init__(source, encoding, errors)`: refills the array (a subclass instance is
/// made empty first, then initialized here).
pub fn bytearray_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let target = match args.first().map(crate::builtin_dunders::unwrap_base) {
        Some(Value::ByteArray(b)) => b,
        _ => return Err(vm.type_error("descriptor '__init__' requires a 'bytearray' object")),
    };
    let fresh = construct_bytearray(vm, &Args::new(&args[1..], kw))?;
    if let Value::ByteArray(f) = fresh {
        let data = f.borrow().clone();
        *target.borrow_mut() = data;
    }
    Ok(Value::None)
}

pub fn construct_bytearray(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match crate::methods::construct_bytes(vm, a)? {
        Value::Bytes(b) => Ok(make(b.to_vec(), true)),
        other => Ok(other),
    }
}

pub fn install(vm: &mut Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("join", join),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("splitlines", splitlines),
        ("hex", hex),
        ("decode", decode),
        ("translate", translate),
    ];
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (t, owner) in [
        (vm.types.bytes.clone(), "bytes"),
        (vm.types.bytearray.clone(), "bytearray"),
    ] {
        for (name, func) in common {
            let f = BuiltinFunction {
                name,
                func: *func,
                bound: None,
                owner: Some(owner),
            };
            t.dict.set_str(name, Value::Builtin(Rc::new(f)));
        }
        let f = BuiltinFunction {
            name: "maketrans",
            func: maketrans,
            bound: None,
            owner: Some(owner),
        };
        t.dict.set_str(
            "maketrans",
            Value::StaticMethod(Rc::new(Value::Builtin(Rc::new(f)))),
        );
        let f = BuiltinFunction {
            name: "fromhex",
            func: fromhex,
            bound: None,
            owner: Some(owner),
        };
        t.dict.set_str(
            "fromhex",
            Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(f)))),
        );
    }
    for (name, func) in mutators {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some("bytearray"),
        };
        vm.types
            .bytearray
            .dict
            .set_str(name, Value::Builtin(Rc::new(f)));
    }
}
