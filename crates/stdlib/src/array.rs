//! The `array` module: typed arrays of numbers (and `u` characters). Items are kept as
//! Python values already converted to the typecode's C type (ints range-checked with CPython's
//! messages, `f` rounded to single precision); `tobytes`/`frombytes` use the machine layout.

use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

pub struct Array {
    pub code: u8,
    pub items: Vec<Value>,
}

const CODES: &str = "bBuhHiIlLqQfd";

pub fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

pub static ARRAY: ClassSpec = ClassSpec {
    module: "array",
    name: "array",
    key: "array.array",
    new: Some(array_new),
    methods: crate::array_methods::METHODS,
    getters: &[("typecode", typecode), ("itemsize", itemsize)],
    classmethods: &[("__class_getitem__", |_, a, _| Ok(a[0].clone()))],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let t = Value::Type(native::class(vm, &ARRAY, None));
    dict.set_str("array", t.clone());
    dict.set_str("ArrayType", t);
    dict.set_str("typecodes", Value::str(CODES));
    native::module("array", dict)
}

pub type St = native::State<Array>;

pub fn me(vm: &Vm, v: &Value) -> PyResult<St> {
    native::state::<Array>(vm, v, "array.array")
}

fn overflow(vm: &Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg)
}

/// Converts `v` to what an array of `code` stores, with CPython's errors.
pub fn convert(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Value> {
    match code {
        b'f' => {
            let x = ferropy_vm::methods::to_f64(vm, v)?;
            return Ok(Value::Float(f64::from(x as f32)));
        }
        b'd' => return Ok(Value::Float(ferropy_vm::methods::to_f64(vm, v)?)),
        b'u' => {
            return match v {
                Value::Str(s) if s.char_len() == 1 => Ok(v.clone()),
                _ => Err(vm.type_error("array item must be unicode character")),
            }
        }
        _ => {}
    }
    let b: BigInt = match v {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => native::int_arg(vm, v)?,
    };
    let long = || i64::try_from(&b);
    let too_long = "Python int too large to convert to C long";
    let ranged = |vm: &Vm, lo: i64, hi: i64, what: &str| -> PyResult<Value> {
        let x = long().map_err(|_| overflow(vm, too_long))?;
        if x < lo {
            return Err(overflow(vm, &format!("{what} is less than minimum")));
        }
        if x > hi {
            return Err(overflow(vm, &format!("{what} is greater than maximum")));
        }
        Ok(Value::Int(x))
    };
    match code {
        b'b' => {
            ranged(vm, -32768, 32767, "signed short integer")?;
            ranged(vm, -128, 127, "signed char")
        }
        b'B' => ranged(vm, 0, 255, "unsigned byte integer"),
        b'h' => ranged(vm, -32768, 32767, "signed short integer"),
        b'H' => {
            ranged(
                vm,
                i64::from(i32::MIN),
                i64::from(i32::MAX),
                "signed integer",
            )?;
            ranged(vm, 0, 65535, "unsigned short")
        }
        b'i' => ranged(
            vm,
            i64::from(i32::MIN),
            i64::from(i32::MAX),
            "signed integer",
        ),
        b'l' => ranged(vm, i64::MIN, i64::MAX, "signed long"),
        b'I' | b'L' => {
            if b.sign() == num_bigint::Sign::Minus {
                return Err(overflow(vm, "can't convert negative value to unsigned int"));
            }
            let Ok(x) = u64::try_from(&b) else {
                return Err(overflow(
                    vm,
                    "Python int too large to convert to C unsigned long",
                ));
            };
            if code == b'I' && x > u64::from(u32::MAX) {
                return Err(overflow(vm, "unsigned int is greater than maximum"));
            }
            Ok(Value::from_bigint(b))
        }
        b'q' => match long() {
            Ok(x) => Ok(Value::Int(x)),
            Err(_) => Err(overflow(vm, "int too big to convert")),
        },
        _ => {
            if b.sign() == num_bigint::Sign::Minus {
                return Err(overflow(vm, "can't convert negative int to unsigned"));
            }
            if u64::try_from(&b).is_err() {
                return Err(overflow(vm, "int too big to convert"));
            }
            Ok(Value::from_bigint(b))
        }
    }
}

/// The machine bytes of one stored item.
pub fn item_bytes(code: u8, v: &Value, out: &mut Vec<u8>) {
    let size = item_size(code);
    match (code, v) {
        (b'f', Value::Float(x)) => out.extend_from_slice(&(*x as f32).to_le_bytes()),
        (b'd', Value::Float(x)) => out.extend_from_slice(&x.to_le_bytes()),
        (b'u', Value::Str(s)) => {
            let c = s.as_str().chars().next().map_or(0, u32::from);
            out.extend_from_slice(&c.to_le_bytes());
        }
        _ => {
            let x: u64 = match v {
                Value::Int(i) => *i as u64,
                Value::BigInt(b) => u64::try_from(&**b).unwrap_or(0),
                _ => 0,
            };
            out.extend_from_slice(&x.to_le_bytes()[..size]);
        }
    }
}

/// One item from its machine bytes.
pub fn item_from(vm: &Vm, code: u8, b: &[u8]) -> PyResult<Value> {
    let mut le = [0u8; 8];
    le[..b.len()].copy_from_slice(b);
    let raw = u64::from_le_bytes(le);
    Ok(match code {
        b'f' => Value::Float(f64::from(f32::from_bits(raw as u32))),
        b'd' => Value::Float(f64::from_bits(raw)),
        b'u' => match char::from_u32(raw as u32) {
            Some(c) => Value::str(c.to_string()),
            None => {
                return Err(vm.value_error(format!(
                    "character U+{:x} is not in range [U+0000; U+10ffff]",
                    raw as u32
                )))
            }
        },
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            let shift = 64 - 8 * b.len() as u32;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => Value::from_bigint(BigInt::from(raw)),
    })
}

fn array_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let a = Args::new(&args[1..], kw);
    if a.has_kwargs() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let code = match a.pos.first() {
        Some(Value::Str(s)) if s.char_len() == 1 => s.as_str().as_bytes()[0],
        Some(Value::Str(_)) | None => {
            return Err(vm.type_error("array() argument 1 must be a unicode character, not str"))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(other)
            )))
        }
    };
    if !CODES.as_bytes().contains(&code) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "array expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let obj = native::instance(
        cls,
        Array {
            code,
            items: Vec::new(),
        },
    );
    if let Some(init) = a.pos.get(1) {
        match init {
            Value::Str(s) if code != b'u' => {
                let _ = s;
                return Err(vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                )));
            }
            Value::Str(s) => {
                let items = s
                    .as_str()
                    .chars()
                    .map(|c| Value::str(c.to_string()))
                    .collect();
                me(vm, &obj)?.borrow_mut().items = items;
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                crate::array_methods::frombytes(vm, &[obj.clone(), init.clone()], &[])?;
            }
            other => {
                let mut items = Vec::new();
                for v in vm.collect(other)? {
                    items.push(convert(vm, code, &v)?);
                }
                me(vm, &obj)?.borrow_mut().items = items;
            }
        }
    }
    Ok(obj)
}

fn typecode(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = me(vm, &args[0])?.borrow().code;
    Ok(Value::str((c as char).to_string()))
}

fn itemsize(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = me(vm, &args[0])?.borrow().code;
    Ok(Value::Int(item_size(c) as i64))
}
