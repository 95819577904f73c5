//! The `struct` format mini-language: parsing a format into items (byte order, sizes,
//! alignment) and packing or unpacking one value, with CPython's `struct.error` messages.

use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    Native,
    Little,
    Big,
}

#[derive(Clone, Copy)]
pub struct Item {
    pub code: u8,
    /// For `s` and `p`, the field width; otherwise 1.
    pub width: usize,
    /// How many values of this code follow each other (`4h`); 1 for `s` and `p`.
    pub count: usize,
    pub size: usize,
    pub offset: usize,
}

pub struct Format {
    pub order: Order,
    pub items: Vec<Item>,
    pub size: usize,
    /// How many values pack takes (pad bytes take none).
    pub nvalues: usize,
}

/// The size of one code in native or standard mode; `None` for a bad char.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

pub fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Format> {
    let bytes = fmt.as_bytes();
    let (order, native, mut i) = match bytes.first() {
        Some(b'@') => (Order::Native, true, 1),
        Some(b'=') => (Order::Native, false, 1),
        Some(b'<') => (Order::Little, false, 1),
        Some(b'>') | Some(b'!') => (Order::Big, false, 1),
        _ => (Order::Native, true, 0),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut nvalues = 0usize;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            let d = (bytes[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .ok_or_else(|| error(vm, "total struct size too long"))?,
            );
            i += 1;
        }
        if i >= bytes.len() {
            return Err(error(vm, "repeat count given without format specifier"));
        }
        let code = bytes[i];
        i += 1;
        let Some(size) = code_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let n = count.unwrap_or(1);
        if native && size > 1 {
            offset = offset.div_ceil(size) * size;
        }
        match code {
            b's' | b'p' => {
                items.push(Item {
                    code,
                    width: n,
                    count: 1,
                    size: n,
                    offset,
                });
                offset = grow(vm, offset, n)?;
                nvalues += 1;
            }
            b'x' => offset = grow(vm, offset, n)?,
            _ => {
                items.push(Item {
                    code,
                    width: 1,
                    count: n,
                    size,
                    offset,
                });
                let bytes = n
                    .checked_mul(size)
                    .ok_or_else(|| error(vm, "total struct size too long"))?;
                offset = grow(vm, offset, bytes)?;
                nvalues += n;
            }
        }
    }
    Ok(Format {
        order,
        items,
        size: offset,
        nvalues,
    })
}

/// `offset + n`, or struct.error when the format's size does not fit.
fn grow(vm: &Vm, offset: usize, n: usize) -> PyResult<usize> {
    offset
        .checked_add(n)
        .filter(|x| *x <= isize::MAX as usize)
        .ok_or_else(|| error(vm, "total struct size too long"))
}

thread_local! {
    static ERROR: std::cell::RefCell<Option<Rc<ferropy_vm::types::PyType>>> =
        const { std::cell::RefCell::new(None) };
}

/// `struct.error`, created on first use.
pub fn error_class(vm: &Vm) -> Rc<ferropy_vm::types::PyType> {
    if let Some(c) = ERROR.with(|e| e.borrow().clone()) {
        return c;
    }
    let base = vm.types.exceptions["Exception"].clone();
    let c = ferropy_vm::types::PyType::new("error", vec![base], true);
    *c.module.borrow_mut() = "struct".into();
    c.dict.set_str("__module__", Value::str("struct"));
    c.dict.set_str("__doc__", Value::None);
    ERROR.with(|e| *e.borrow_mut() = Some(c.clone()));
    c
}

pub fn error(vm: &Vm, msg: &str) -> ferropy_vm::PyErr {
    vm.new_exception(&error_class(vm), vec![Value::str(msg)])
}

fn out_of_range(vm: &Vm) -> ferropy_vm::PyErr {
    error(vm, "argument out of range")
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = ferropy_vm::int::to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if vm.lookup_special(v, "__index__").is_some() {
            return crate::native::int_arg(vm, v);
        }
    }
    Err(error(vm, "required argument is not an integer"))
}

/// The integer to store for an integer code, checked as CPython checks it.
fn pack_int(vm: &mut Vm, item: &Item, v: &Value) -> PyResult<u64> {
    let b = int_of(vm, v)?;
    let code = item.code;
    let size = item.size;
    let signed_range = |lo: i64, hi: i64, msg: &str, vm: &Vm| -> PyResult<u64> {
        match i64::try_from(&b) {
            Ok(x) if x >= lo && x <= hi => Ok(x as u64),
            Ok(_) => Err(error(vm, msg)),
            Err(_) => Err(out_of_range(vm)),
        }
    };
    match code {
        b'b' => signed_range(-128, 127, "byte format requires -128 <= number <= 127", vm),
        b'B' => signed_range(0, 255, "ubyte format requires 0 <= number <= 255", vm),
        b'h' => signed_range(
            -32768,
            32767,
            "short format requires -32768 <= number <= 32767",
            vm,
        ),
        b'H' => signed_range(0, 65535, "ushort format requires 0 <= number <= 65535", vm),
        b'P' => match (i64::try_from(&b), u64::try_from(&b)) {
            (Ok(x), _) => Ok(x as u64),
            (_, Ok(x)) => Ok(x),
            _ => Err(out_of_range(vm)),
        },
        b'i' | b'l' | b'q' | b'n' => {
            let bits = size as u32 * 8;
            let hi = if bits == 64 {
                i64::MAX
            } else {
                (1i64 << (bits - 1)) - 1
            };
            let msg = format!(
                "'{}' format requires {} <= number <= {hi}",
                code as char,
                -hi - 1
            );
            signed_range(-hi - 1, hi, &msg, vm)
        }
        _ => {
            // The unsigned codes: negative or beyond 64 bits is out of range.
            let Ok(x) = u64::try_from(&b) else {
                return Err(out_of_range(vm));
            };
            if size < 8 && x >> (size * 8) != 0 {
                let max = (1u64 << (size * 8)) - 1;
                return Err(error(
                    vm,
                    &format!("'{}' format requires 0 <= number <= {max}", code as char),
                ));
            }
            Ok(x)
        }
    }
}

fn put_uint(out: &mut [u8], x: u64, order: Order) {
    let n = out.len();
    let le = x.to_le_bytes();
    match order {
        Order::Big => {
            for i in 0..n {
                out[i] = le[n - 1 - i];
            }
        }
        // x86-64 and aarch64 are little-endian.
        _ => out.copy_from_slice(&le[..n]),
    }
}

fn get_uint(data: &[u8], order: Order) -> u64 {
    let mut le = [0u8; 8];
    let n = data.len();
    match order {
        Order::Big => {
            for i in 0..n {
                le[i] = data[n - 1 - i];
            }
        }
        _ => le[..n].copy_from_slice(data),
    }
    u64::from_le_bytes(le)
}

fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => ferropy_vm::methods::to_f64(vm, v),
        Value::Instance(_) if vm.lookup_special(v, "__float__").is_some() => {
            ferropy_vm::methods::to_f64(vm, v)
        }
        _ => Err(error(vm, "required argument is not a float")),
    }
}

/// IEEE half precision bits of `x`, rounded half to even.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (_, e) = crate::math::c_frexp(a);
    if e < -13 {
        // Subnormal: a multiple of 2**-24 (rounding up to 1024 gives the smallest normal).
        let m = crate::math::c_ldexp(a, 24).round_ties_even() as u16;
        return Some(sign | m);
    }
    let mut exp = e - 1;
    let frac = crate::math::c_ldexp(a, -exp) - 1.0;
    let mut m = (frac * 1024.0).round_ties_even() as u32;
    if m == 1024 {
        m = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | m as u16)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match exp {
        0 => crate::math::c_ldexp(m, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => crate::math::c_ldexp(1.0 + m / 1024.0, exp - 15),
    }
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// Packs one value into `out` (the item's bytes).
pub fn pack_item(vm: &mut Vm, f: &Format, item: &Item, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match item.code {
        b'c' => match bytes_of(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let Some(b) = bytes_of(v) else {
                return Err(error(
                    vm,
                    &format!(
                        "argument for '{}' must be a bytes object",
                        item.code as char
                    ),
                ));
            };
            if item.code == b's' {
                let n = b.len().min(item.width);
                out[..n].copy_from_slice(&b[..n]);
            } else if item.width > 0 {
                let n = b.len().min(item.width - 1).min(255);
                out[1..1 + n].copy_from_slice(&b[..n]);
                out[0] = n as u8;
            }
        }
        b'?' => out[0] = u8::from(vm.truthy(v)?),
        b'e' => {
            let x = float_of(vm, v)?;
            let Some(h) = to_half(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put_uint(out, u64::from(h), f.order);
        }
        b'f' => {
            let x = float_of(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_uint(out, u64::from(y.to_bits()), f.order);
        }
        b'd' => {
            let x = float_of(vm, v)?;
            put_uint(out, x.to_bits(), f.order);
        }
        _ => {
            let x = pack_int(vm, item, v)?;
            put_uint(out, x, f.order);
        }
    }
    Ok(())
}

/// Unpacks one value from the item's bytes.
pub fn unpack_item(f: &Format, item: &Item, data: &[u8]) -> Value {
    match item.code {
        b'c' => Value::Bytes(Rc::new(vec![data[0]])),
        b's' => Value::Bytes(Rc::new(data.to_vec())),
        b'p' => {
            if data.is_empty() {
                return Value::Bytes(Rc::new(Vec::new()));
            }
            let n = (data[0] as usize).min(data.len() - 1);
            Value::Bytes(Rc::new(data[1..1 + n].to_vec()))
        }
        b'?' => Value::Bool(data[0] != 0),
        b'e' => Value::Float(from_half(get_uint(data, f.order) as u16)),
        b'f' => Value::Float(f64::from(f32::from_bits(get_uint(data, f.order) as u32))),
        b'd' => Value::Float(f64::from_bits(get_uint(data, f.order))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let x = get_uint(data, f.order);
            let shift = 64 - 8 * data.len() as u32;
            Value::Int(((x << shift) as i64) >> shift)
        }
        _ => {
            let x = get_uint(data, f.order);
            match i64::try_from(x) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(x)),
            }
        }
    }
}
