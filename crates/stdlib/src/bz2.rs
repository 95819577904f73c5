//! `_bz2`: `BZ2Compressor` and `BZ2Decompressor` over the `bzip2` crate (its pure-Rust
//! backend), with the `eof`, `unused_data` and `needs_input` that `bz2.py` and `_compression`
//! read. The pure-Python `bz2` module on top is CPython's.

use crate::buffer::{arg, new_bytes};
use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> Value {
    let dict = std::rc::Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str(
        "BZ2Compressor",
        Value::Type(native::class(vm, &COMPRESSOR, None)),
    );
    dict.set_str(
        "BZ2Decompressor",
        Value::Type(native::class(vm, &DECOMPRESSOR, None)),
    );
    native::module("_bz2", dict)
}

struct CState {
    inner: bzip2::Compress,
    done: bool,
}

struct DState {
    inner: bzip2::Decompress,
    eof: bool,
    unused: Vec<u8>,
    /// Input not yet consumed because `max_length` was reached.
    pending: Vec<u8>,
}

static COMPRESSOR: ClassSpec = ClassSpec {
    module: "_bz2",
    name: "BZ2Compressor",
    key: "_bz2.BZ2Compressor",
    new: Some(c_new),
    methods: &[("compress", c_compress), ("flush", c_flush)],
    getters: &[],
    classmethods: &[],
};

static DECOMPRESSOR: ClassSpec = ClassSpec {
    module: "_bz2",
    name: "BZ2Decompressor",
    key: "_bz2.BZ2Decompressor",
    new: Some(d_new),
    methods: &[("decompress", d_decompress)],
    getters: &[
        ("eof", |vm, a, _| d_field(vm, a, |s| Value::Bool(s.eof))),
        ("unused_data", |vm, a, _| {
            d_field(vm, a, |s| new_bytes(s.unused.clone()))
        }),
        ("needs_input", |vm, a, _| {
            d_field(vm, a, |s| Value::Bool(!s.eof && s.pending.is_empty()))
        }),
    ],
    classmethods: &[],
};

fn error(vm: &Vm, e: impl std::fmt::Display) -> ferropy_vm::PyErr {
    vm.err("OSError", format!("Invalid data stream ({e})"))
}

fn c_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let a = Args::new(&args[1..], kw);
    let level = match a.arg_or_kw(0, "compresslevel") {
        Some(v) => native::ssize_arg(vm, &v)?,
        None => 9,
    };
    if !(1..=9).contains(&level) {
        return Err(vm.value_error("compresslevel must be between 1 and 9"));
    }
    let inner = bzip2::Compress::new(bzip2::Compression::new(level as u32), 0);
    Ok(native::instance(cls, CState { inner, done: false }))
}

fn run(vm: &Vm, s: &mut CState, input: &[u8], action: bzip2::Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let start = s.inner.total_in();
    loop {
        out.reserve(input.len() / 2 + 4096);
        let done = (s.inner.total_in() - start) as usize;
        let st = s
            .inner
            .compress_vec(&input[done..], &mut out, action)
            .map_err(|e| error(vm, e))?;
        let consumed = (s.inner.total_in() - start) as usize == input.len();
        match st {
            bzip2::Status::StreamEnd => break,
            bzip2::Status::RunOk if consumed && out.len() < out.capacity() => break,
            _ => {}
        }
    }
    Ok(out)
}

fn c_compress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "compress", 1)?;
    let data = arg(vm, &a[0])?;
    let st = native::state::<CState>(vm, &args[0], "_bz2.BZ2Compressor")?;
    let mut s = st.borrow_mut();
    if s.done {
        return Err(vm.value_error("Compressor has been flushed"));
    }
    Ok(new_bytes(run(vm, &mut s, &data, bzip2::Action::Run)?))
}

fn c_flush(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let st = native::state::<CState>(vm, &args[0], "_bz2.BZ2Compressor")?;
    let mut s = st.borrow_mut();
    if s.done {
        return Err(vm.value_error("Repeated call to flush()"));
    }
    s.done = true;
    Ok(new_bytes(run(vm, &mut s, &[], bzip2::Action::Finish)?))
}

fn d_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let state = DState {
        inner: bzip2::Decompress::new(false),
        eof: false,
        unused: Vec::new(),
        pending: Vec::new(),
    };
    Ok(native::instance(cls, state))
}

fn d_field(vm: &mut Vm, args: &[Value], f: fn(&DState) -> Value) -> PyResult<Value> {
    let st = native::state::<DState>(vm, &args[0], "_bz2.BZ2Decompressor")?;
    let s = st.borrow();
    Ok(f(&s))
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let Some(d) = a.arg_or_kw(0, "data") else {
        return Err(vm.type_error("decompress() missing required argument 'data' (pos 1)"));
    };
    let data = arg(vm, &d)?;
    let max = match a.arg_or_kw(1, "max_length") {
        Some(v) => native::ssize_arg(vm, &v)?,
        None => -1,
    };
    let st = native::state::<DState>(vm, &args[0], "_bz2.BZ2Decompressor")?;
    let mut s = st.borrow_mut();
    if s.eof {
        return Err(vm.err("EOFError", "End of stream already reached"));
    }
    let mut input = std::mem::take(&mut s.pending);
    input.extend_from_slice(&data);
    let mut out = Vec::new();
    let mut pos = 0;
    loop {
        let room = if max < 0 {
            (input.len() * 4).max(8192)
        } else {
            max as usize - out.len()
        };
        let mut chunk = Vec::with_capacity(room);
        let in0 = s.inner.total_in();
        let out0 = s.inner.total_out();
        let r = s
            .inner
            .decompress_vec(&input[pos..], &mut chunk)
            .map_err(|e| error(vm, e))?;
        out.extend_from_slice(&chunk);
        pos += (s.inner.total_in() - in0) as usize;
        if r == bzip2::Status::StreamEnd {
            s.eof = true;
            s.unused = input[pos..].to_vec();
            break;
        }
        if max >= 0 && out.len() >= max as usize {
            s.pending = input[pos..].to_vec();
            break;
        }
        if s.inner.total_in() == in0 && s.inner.total_out() == out0 {
            break;
        }
    }
    Ok(new_bytes(out))
}
