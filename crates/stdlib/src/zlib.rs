//! The `zlib` module's one-shot functions over `flate2`: `compress`, `decompress` (zlib, raw
//! deflate and gzip framings chosen by `wbits`, as CPython does), `crc32` and `adler32`.
//! The compressed bytes are valid deflate streams but need not equal CPython's zlib output
//! byte for byte. The streaming objects are in `zlib_stream.rs`.

use crate::buffer::{arg, new_bytes};
use ferropy_vm::args::Args;
use ferropy_vm::types::PyType;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyErr, PyResult, Vm};
use flate2::{Compress, Compression, FlushCompress, Status};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

thread_local! {
    static ERROR: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
}

fn error_class(vm: &Vm) -> Rc<PyType> {
    if let Some(c) = ERROR.with(|e| e.borrow().clone()) {
        return c;
    }
    let c = PyType::new(
        "error",
        vec![vm.types.exceptions["Exception"].clone()],
        true,
    );
    *c.module.borrow_mut() = "zlib".into();
    c.dict.set_str("__module__", Value::str("zlib"));
    ERROR.with(|e| *e.borrow_mut() = Some(c.clone()));
    c
}

pub fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.new_exception(&error_class(vm), vec![Value::str(msg.into())])
}

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("error", Value::Type(error_class(vm)));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("compress", compress),
        ("decompress", decompress),
        ("crc32", crc32),
        ("adler32", adler32),
        ("compressobj", crate::zlib_stream::compressobj),
        ("decompressobj", crate::zlib_stream::decompressobj),
    ];
    for (n, f) in funcs {
        dict.set_str(n, ferropy_vm::builtins::native(n, *f));
    }
    for (k, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        dict.set_str(k, Value::Int(v));
    }
    dict.set_str("ZLIB_VERSION", Value::str("1.2.13"));
    dict.set_str("ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
    crate::native::module("zlib", dict)
}

pub fn int_kw(vm: &mut Vm, a: &Args, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match a.arg_or_kw(i, name) {
        Some(v) => crate::native::ssize_arg(vm, &v),
        None => Ok(default),
    }
}

/// The framing `wbits` selects: zlib (9..15), raw deflate (-15..-9), gzip (25..31).
enum Frame {
    Zlib,
    Raw,
    Gzip,
}

fn frame(vm: &Vm, wbits: i64, decompressing: bool) -> PyResult<Frame> {
    Ok(match wbits {
        0 if decompressing => Frame::Zlib,
        9..=15 => Frame::Zlib,
        -15..=-9 => Frame::Raw,
        25..=31 => Frame::Gzip,
        _ => {
            let what = if decompressing {
                "Error -2 while preparing to decompress data: inconsistent stream state"
            } else {
                "Bad compression level"
            };
            return Err(if decompressing {
                error(vm, what)
            } else {
                vm.value_error("Invalid initialization option")
            });
        }
    })
}

fn compress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(d) = a.pos.first() else {
        return Err(vm.type_error("compress() missing required argument 'data' (pos 1)"));
    };
    let data = arg(vm, d)?;
    let level = int_kw(vm, &a, 1, "level", -1)?;
    if !(-1..=9).contains(&level) {
        return Err(error(vm, "Bad compression level"));
    }
    let level = if level < 0 { 6 } else { level as u32 };
    let wbits = int_kw(vm, &a, 2, "wbits", 15)?;
    let out = match frame(vm, wbits, false)? {
        Frame::Zlib => {
            let mut c = Compress::new(Compression::new(level), true);
            let mut out = Vec::with_capacity(data.len() / 2 + 64);
            loop {
                let before = c.total_in() as usize;
                let st = c
                    .compress_vec(&data[before..], &mut out, FlushCompress::Finish)
                    .map_err(|e| error(vm, e.to_string()))?;
                if matches!(st, Status::StreamEnd) {
                    break;
                }
                out.reserve(out.capacity().max(64));
            }
            out
        }
        Frame::Raw => {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), Compression::new(level));
            e.write_all(&data).map_err(|e| error(vm, e.to_string()))?;
            e.finish().map_err(|e| error(vm, e.to_string()))?
        }
        Frame::Gzip => {
            let mut e = flate2::GzBuilder::new()
                .mtime(0)
                .write(Vec::new(), Compression::new(level));
            e.write_all(&data).map_err(|e| error(vm, e.to_string()))?;
            e.finish().map_err(|e| error(vm, e.to_string()))?
        }
    };
    Ok(new_bytes(out))
}

fn decompress(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(d) = a.pos.first() else {
        return Err(vm.type_error("decompress() missing required argument 'data' (pos 1)"));
    };
    let data = arg(vm, d)?;
    let wbits = int_kw(vm, &a, 1, "wbits", 15)?;
    crate::zlib_stream::decompress_all(vm, &data, wbits).map(new_bytes)
}

fn crc32(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "crc32", 1, 2)?;
    let data = arg(vm, &a[0])?;
    let start = crate::binascii::start_value(vm, a.get(1))?;
    Ok(Value::Int(
        crate::binascii::crc32_update(start, &data) as i64
    ))
}

fn adler32(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "adler32", 1, 2)?;
    let data = arg(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => crate::binascii::start_value(vm, Some(v))?,
        None => 1,
    };
    let (mut s1, mut s2) = (start & 0xffff, start >> 16);
    for &b in &data {
        s1 = (s1 + b as u32) % 65521;
        s2 = (s2 + s1) % 65521;
    }
    Ok(Value::Int(((s2 << 16) | s1) as i64))
}
