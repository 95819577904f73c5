//! The `binascii` module: hex, base64 and CRC conversions that `base64`, `zipfile`, `secrets`
//! and `uuid` build on.

use crate::buffer::{arg, ascii_arg, new_bytes};
use ferropy_vm::args::Args;
use ferropy_vm::types::PyType;
use ferropy_vm::value::Value;
use ferropy_vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// `binascii.Error` and `binascii.Incomplete`, made once.
    static CLASSES: RefCell<Option<(Rc<PyType>, Rc<PyType>)>> = const { RefCell::new(None) };
}

fn classes(vm: &Vm) -> (Rc<PyType>, Rc<PyType>) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let mk = |name: &str, base: &str| {
        let c = PyType::new(name, vec![vm.types.exceptions[base].clone()], true);
        *c.module.borrow_mut() = "binascii".into();
        c.dict.set_str("__module__", Value::str("binascii"));
        c.dict.set_str("__doc__", Value::None);
        c
    };
    let c = (mk("Error", "ValueError"), mk("Incomplete", "Exception"));
    CLASSES.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    vm.new_exception(&classes(vm).0, vec![Value::str(msg.into())])
}

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let (e, inc) = classes(vm);
    dict.set_str("Error", Value::Type(e));
    dict.set_str("Incomplete", Value::Type(inc));
    let funcs: &[(&'static str, ferropy_vm::value::NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", hexlify),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    for (name, f) in funcs {
        dict.set_str(name, ferropy_vm::builtins::native(name, *f));
    }
    crate::native::module("binascii", dict)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::native::ssize_arg(vm, v)
}

/// `hexlify(data, sep=None, bytes_per_sep=1)`: separators counted from the right when
/// `bytes_per_sep` is positive, from the left when negative.
fn hexlify(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let data = match a.arg_or_kw(0, "data") {
        Some(d) => arg(vm, &d)?,
        None => return Err(vm.type_error("hexlify() missing required argument 'data' (pos 1)")),
    };
    let sep = match a.arg_or_kw(1, "sep") {
        None | Some(Value::None) => None,
        Some(s) => {
            let b = match s.as_str() {
                Some(t) => t.as_bytes().to_vec(),
                None => arg(vm, &s)?,
            };
            if b.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(b[0])
        }
    };
    let per = match a.arg_or_kw(2, "bytes_per_sep") {
        Some(v) => int_arg(vm, &v)?,
        None => 1,
    };
    let hex: Vec<[u8; 2]> = data
        .iter()
        .map(|b| {
            let s = format!("{b:02x}");
            [s.as_bytes()[0], s.as_bytes()[1]]
        })
        .collect();
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = hex.len();
    let group = per.unsigned_abs() as usize;
    for (i, h) in hex.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.extend_from_slice(h);
    }
    Ok(new_bytes(out))
}

fn unhexlify(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(v) = a.arg_or_kw(0, "hexstr") else {
        return Err(vm.type_error("unhexlify() missing required argument 'hexstr' (pos 1)"));
    };
    let data = ascii_arg(vm, &v)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(d) = a.pos.first() else {
        return Err(vm.type_error("b2a_base64() missing required argument 'data' (pos 1)"));
    };
    let data = arg(vm, d)?;
    let newline = match a.kw("newline") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

/// `a2b_base64(data, /, *, strict_mode=False)`: outside strict mode, characters that are not
/// base64 are skipped and decoding stops at the padding that completes a quad.
fn a2b_base64(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(d) = a.pos.first() else {
        return Err(vm.type_error("a2b_base64() missing required argument 'data' (pos 1)"));
    };
    let data = ascii_arg(vm, d)?;
    let strict = match a.kw("strict_mode") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut pads, mut left, mut padding) = (0u32, 0u32, 0u32, false);
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        let v = v as u32;
        match quad {
            0 => left = v,
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                left = 0;
            }
        }
        quad = (quad + 1) % 4;
    }
    match quad {
        0 => Ok(new_bytes(out)),
        1 => Err(error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// The CRC-32 of zlib (reflected polynomial 0xEDB88320), continuing from `crc`.
pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// An unsigned 32-bit start value (ints wrap modulo 2**32, as CPython's `crc32` does).
pub fn start_value(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => {
            let b = crate::native::int_arg(vm, v)?;
            let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xFFFF_FFFFu32);
            Ok(u32::try_from(&m).unwrap_or(0))
        }
    }
}

fn crc32(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "crc32", 1, 2)?;
    let data = arg(vm, &a[0])?;
    let start = start_value(vm, a.get(1))?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "crc_hqx", 2)?;
    let data = arg(vm, &a[0])?;
    let mut crc = (start_value(vm, Some(&a[1]))? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(crc as i64))
}
