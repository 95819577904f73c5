//! More methods of `int` and `float`: `int.to_bytes`/`from_bytes`, `bit_count`,
//! `as_integer_ratio`, and `float.hex`/`fromhex` with CPython's exact formats and rounding.

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn receiver_int(vm: &Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    args.first()
        .map(crate::builtin_dunders::unwrap_base)
        .and_then(|v| crate::int::to_bigint(&v))
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'int' object")))
}

fn byteorder(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(false),
        Some(Value::Str(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some(other) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(&other)
        ))),
    }
}

fn signed_flag(vm: &mut Vm, a: &Args) -> PyResult<bool> {
    match a.kw("signed") {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = receiver_int(vm, args, "to_bytes")?;
    let a = Args::new(&args[1..], kw);
    let length = match a.arg_or_kw(0, "length") {
        Some(v) => vm.index_bigint(&v)?.to_i64().unwrap_or(i64::MAX),
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder(vm, a.arg_or_kw(1, "byteorder"))?;
    let signed = signed_flag(vm, &a)?;
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let more = length - bytes.len();
    vm.reserve(&mut bytes, more)?;
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw);
    let Some(src) = a.arg_or_kw(0, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match crate::builtin_dunders::unwrap_base(&src) {
        Value::Bytes(b) => (*b).clone(),
        Value::ByteArray(b) => b.borrow().clone(),
        other @ (Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(&other)
            )))
        }
        other => {
            let mut out = Vec::new();
            for item in vm.collect(&other)? {
                match crate::int::as_i64(&item) {
                    Some(b @ 0..=255) => out.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let big = byteorder(vm, a.arg_or_kw(1, "byteorder"))?;
    let signed = signed_flag(vm, &a)?;
    if big {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let v = Value::from_bigint(n);
    match args.first() {
        Some(Value::Type(t)) if !Rc::ptr_eq(t, &vm.types.int) => {
            vm.call(&args[0].clone(), &[v], &[])
        }
        _ => Ok(v),
    }
}

fn bit_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "int", "bit_count")?;
    let n = receiver_int(vm, args, "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_ratio(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "int", "as_integer_ratio")?;
    let n = receiver_int(vm, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn receiver_float(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first().map(crate::builtin_dunders::unwrap_base) {
        Some(Value::Float(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

/// `float.hex()`, as CPython's `float_hex`.
fn float_hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "float", "hex")?;
    let x = receiver_float(vm, args, "hex")?;
    Ok(Value::str(hex_of(x)))
}

pub fn hex_of(x: f64) -> String {
    if !x.is_finite() {
        return crate::numfmt::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_string();
    }
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    // Normal numbers print as 1.<13 hex digits>p<exp>; subnormals as 0.<digits>p-1022.
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)` (a class method).
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.get(1) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    match parse_hex(s.as_str()) {
        Ok(f) => {
            let v = Value::Float(f);
            match args.first() {
                Some(Value::Type(t)) if !Rc::ptr_eq(t, &vm.types.float) => {
                    vm.call(&args[0].clone(), &[v], &[])
                }
                _ => Ok(v),
            }
        }
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

/// Parses a hexadecimal float, rounding half to even; `Err(true)` on overflow.
fn parse_hex(s: &str) -> Result<f64, bool> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let signed = |f: f64| if neg { -f } else { f };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| false)?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16 + d;
    }
    let e = exp - 4 * frac_part.len() as i64;
    Ok(signed(scale_exact(&m, e)?))
}

/// `m * 2**e` correctly rounded to a double; `Err(true)` when it overflows.
fn scale_exact(m: &BigInt, e: i64) -> Result<f64, bool> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let len = m.bits() as i64;
    let mut shift = len - 53;
    if e + shift < -1074 {
        shift = -1074 - e;
    }
    let mut mant = if shift > 0 {
        let q: BigInt = m >> (shift as usize);
        let rem: BigInt = m - (&q << (shift as usize));
        let half = BigInt::from(1) << ((shift - 1) as usize);
        if rem > half || (rem == half && (&q & BigInt::from(1)) == BigInt::from(1)) {
            q + 1
        } else {
            q
        }
    } else {
        m << ((-shift) as usize)
    };
    let mut exp2 = e + shift;
    if mant.bits() > 53 {
        mant >>= 1;
        exp2 += 1;
    }
    let f = mant.to_f64().ok_or(true)?;
    // Two steps keep intermediate powers of two representable.
    let half = exp2 / 2;
    let r = f * 2f64.powi(half as i32) * 2f64.powi((exp2 - half) as i32);
    if r.is_infinite() || exp2 > 1024 {
        return Err(true);
    }
    Ok(r)
}

/// The range receiver of a range method.
fn receiver_range(vm: &Vm, args: &[Value]) -> PyResult<Rc<crate::value::PyRange>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = receiver_range(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "range.index", 1)?;
    if crate::int::is_int(&a[0]) {
        let v = crate::int::to_bigint(&a[0]).unwrap_or_default();
        return match crate::range_obj::position(&r, &v) {
            Some(k) => Ok(Value::from_bigint(k)),
            None => {
                let shown = vm.repr(&a[0])?;
                Err(vm.value_error(format!("{shown} is not in range")))
            }
        };
    }
    let it = vm.get_iter(&Value::Range(r))?;
    let mut k = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, &a[0])? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = receiver_range(vm, args)?;
    let a = Args::new(&args[1..], kw).exact(vm, "range.count", 1)?;
    if let Some(found) = vm.range_contains(&r, &a[0]) {
        return Ok(Value::Int(i64::from(found)));
    }
    let it = vm.get_iter(&Value::Range(r))?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of that length.
fn slice_indices(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Slice(s)) = args.first() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let a = Args::new(&args[1..], kw).exact(vm, "indices", 1)?;
    let n = vm.index_bigint(&a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_big(s, &n)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

pub fn install(vm: &mut Vm) {
    let reg = |t: &Rc<crate::types::PyType>,
               owner: &'static str,
               methods: &[(&'static str, NativeFn)]| {
        for (name, func) in methods {
            let f = BuiltinFunction {
                name,
                func: *func,
                bound: None,
                owner: Some(owner),
            };
            t.dict.set_str(name, Value::Builtin(Rc::new(f)));
        }
    };
    reg(
        &vm.types.int,
        "int",
        &[
            ("to_bytes", to_bytes),
            ("bit_count", bit_count),
            ("as_integer_ratio", int_ratio),
        ],
    );
    reg(&vm.types.float, "float", &[("hex", float_hex)]);
    reg(
        &vm.types.range,
        "range",
        &[("index", range_index), ("count", range_count)],
    );
    reg(&vm.types.slice, "slice", &[("indices", slice_indices)]);
    let class_method =
        |t: &Rc<crate::types::PyType>, owner: &'static str, name: &'static str, func: NativeFn| {
            let f = BuiltinFunction {
                name,
                func,
                bound: None,
                owner: Some(owner),
            };
            t.dict.set_str(
                name,
                Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(f)))),
            );
        };
    class_method(&vm.types.int, "int", "from_bytes", from_bytes);
    class_method(&vm.types.float, "float", "fromhex", float_fromhex);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex_of(1.0), "0x1.0000000000000p+0");
        assert_eq!(hex_of(0.1), "0x1.999999999999ap-4");
        assert_eq!(hex_of(-2.5), "-0x1.4000000000000p+1");
        assert_eq!(hex_of(5e-324), "0x0.0000000000001p-1022");
        for x in [1.0, 0.1, -2.5, 5e-324, 1.7976931348623157e308, 3.14159] {
            assert_eq!(parse_hex(&hex_of(x)), Ok(x));
        }
        assert_eq!(parse_hex("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(parse_hex("0x3p-1075"), Ok(1e-323));
        assert_eq!(parse_hex("0x1p1024"), Err(true));
    }
}
