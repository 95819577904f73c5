//! Integer arithmetic: machine words while results fit, promoted to big ints when they do not,
//! with Python's floor division and modulo and CPython's error messages.

use crate::exceptions::PyResult;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::BinaryOperator as B;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The integer value of an int or bool, as a big int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Whether a value is an int (bools included).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// The value as an `i64` if it is an int that fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// Big int to float, as `float(n)`: OverflowError when too large.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `a op b` for two ints; `op` is a plain `BinaryOperator` (in-place forms already folded).
pub fn int_binary(vm: &mut Vm, op: B, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if let Some(v) = small_binary(vm, op, x, y)? {
            return Ok(v);
        }
    }
    if let (Value::BigInt(x), Some(y)) = (a, as_i64(b)) {
        if let Some(v) = big_small_binary(op, x, y) {
            return Ok(v);
        }
    }
    // Big operands are borrowed, not copied: a copy of each operand per operation was a tenth
    // of pidigits' time.
    let (x, y) = (big_operand(a), big_operand(b));
    big_binary(vm, op, &x, &y)
}

/// An int operand as a `BigInt`, borrowed when it is one already.
fn big_operand(v: &Value) -> std::borrow::Cow<'_, BigInt> {
    match v {
        Value::BigInt(b) => std::borrow::Cow::Borrowed(&**b),
        other => std::borrow::Cow::Owned(to_bigint(other).unwrap_or_default()),
    }
}

/// `big <op> small` for the operators num-bigint does with a machine word directly (no
/// temporary `BigInt` for the small operand); `None` for the others.
fn big_small_binary(op: B, x: &BigInt, y: i64) -> Option<Value> {
    let v = match op {
        B::Add => x + y,
        B::Sub => x - y,
        B::Mul => x * y,
        _ => return None,
    };
    Some(Value::from_bigint(v))
}

/// The machine-word cases; `None` when the result needs a big int.
fn small_binary(vm: &mut Vm, op: B, x: i64, y: i64) -> PyResult<Option<Value>> {
    let v = match op {
        B::Add => x.checked_add(y).map(Value::Int),
        B::Sub => x.checked_sub(y).map(Value::Int),
        B::Mul => x.checked_mul(y).map(Value::Int),
        B::FloorDiv | B::Mod => {
            if y == 0 {
                return Err(zero_div(vm, op));
            }
            if x == i64::MIN && y == -1 {
                None
            } else if op == B::FloorDiv {
                Some(Value::Int(Integer::div_floor(&x, &y)))
            } else {
                Some(Value::Int(Integer::mod_floor(&x, &y)))
            }
        }
        B::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        B::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Some(Value::Float((x as f64).powf(y as f64))));
            }
            u32::try_from(y)
                .ok()
                .and_then(|e| x.checked_pow(e))
                .map(Value::Int)
        }
        B::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < 63 && (x.unsigned_abs() >> (62 - y)) == 0 {
                Some(Value::Int(x << y))
            } else if x == 0 {
                Some(Value::Int(0))
            } else {
                None
            }
        }
        B::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        B::And => Some(Value::Int(x & y)),
        B::Or => Some(Value::Int(x | y)),
        B::Xor => Some(Value::Int(x ^ y)),
        B::MatMul => return Err(unsupported(vm, op, "int", "int")),
    };
    Ok(v)
}

fn big_binary(vm: &mut Vm, op: B, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    let v = match op {
        B::Add => x + y,
        B::Sub => x - y,
        B::Mul => {
            // Products past 2**35 bits (4 GiB) are refused before the allocator aborts.
            if x.bits().saturating_add(y.bits()) > 1 << 35 {
                return Err(vm.err("MemoryError", ""));
            }
            x * y
        }
        B::FloorDiv | B::Mod => {
            if y.is_zero() {
                return Err(zero_div(vm, op));
            }
            if op == B::FloorDiv {
                x.div_floor(y)
            } else {
                x.mod_floor(y)
            }
        }
        B::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Value::Float(big_true_div(vm, x, y)?));
        }
        B::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                let base = big_to_f64(vm, x)?;
                return Ok(Value::Float(
                    base.powf(y.to_f64().unwrap_or(f64::NEG_INFINITY)),
                ));
            }
            if x.is_zero() || x.is_one() {
                return Ok(Value::from_bigint(x.clone()));
            }
            if *x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(vm.err("MemoryError", ""));
            };
            if (x.bits() as u128) * u128::from(e) > 1 << 34 {
                return Err(vm.err("MemoryError", ""));
            }
            num_traits::pow::Pow::pow(x, e)
        }
        B::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            // CPython: a shift of more digits (30 bits each) than an ssize_t counts is an
            // OverflowError; a result too big to allocate is a MemoryError.
            let Some(s) = y.to_u128().filter(|s| s / 30 <= i64::MAX as u128) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if s.saturating_add(u128::from(x.bits())) > 1 << 34 {
                return Err(vm.err("MemoryError", ""));
            }
            x << s as usize
        }
        B::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 40);
            if s as u64 >= x.bits() {
                BigInt::from(if x.is_negative() { -1 } else { 0 })
            } else {
                x >> s
            }
        }
        B::And => x & y,
        B::Or => x | y,
        B::Xor => x ^ y,
        B::MatMul => return Err(unsupported(vm, op, "int", "int")),
    };
    Ok(Value::from_bigint(v))
}

/// Correctly handles huge numerators and denominators by scaling before converting.
/// `x / y` for ints, correctly rounded as CPython's is (a zero result keeps the quotient's sign).
pub(crate) fn big_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let negative = x.is_negative() != y.is_negative();
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if x.bits() <= 53 && y.bits() <= 53 {
            return Ok(a / b);
        }
    }
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let overflow = || vm.overflow_error("integer division result too large for a float");
    // a / b lies in [2**(e-1), 2**(e+1)).
    let e = a.bits() as i64 - b.bits() as i64;
    if e > 1025 {
        return Err(overflow());
    }
    // The quotient to 55 or more bits (truncated; the remainder says whether anything was cut).
    let shift = 55 - e;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64().expect("at most 57 bits");
    // Round to the result's last place: 53 significant bits, or the subnormal unit 2**-1074.
    let top = 63 - q.leading_zeros() as i64 - shift;
    let ulp = (top - 52).max(-1074);
    let extra = ulp + shift;
    if extra >= 64 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let dropped = q & ((1u64 << extra) - 1);
    let half = 1u64 << (extra - 1);
    let mut m = q >> extra;
    if dropped > half || (dropped == half && (!r.is_zero() || m & 1 == 1)) {
        m += 1;
    }
    let magnitude = ldexp(m as f64, ulp);
    if magnitude.is_infinite() {
        return Err(overflow());
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// `m * 2**k`, exact whenever the result is representable.
fn ldexp(mut m: f64, mut k: i64) -> f64 {
    while k > 1000 {
        m *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        m *= 2f64.powi(-1000);
        k += 1000;
    }
    m * 2f64.powi(k as i32)
}

/// `pow(base, exp, mod)` for ints.
pub fn int_pow_mod(vm: &Vm, base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m_abs = modulus.abs();
    let result = if exp.is_negative() {
        let Some(inv) = mod_inverse(base, &m_abs) else {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        };
        inv.modpow(&(-exp), &m_abs)
    } else {
        base.mod_floor(&m_abs).modpow(exp, &m_abs)
    };
    // The result takes the sign of the modulus, as with %.
    let result = if modulus.is_negative() && !result.is_zero() {
        result + modulus
    } else {
        result
    };
    Ok(Value::from_bigint(result))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    e.gcd.is_one().then(|| e.x.mod_floor(m))
}

fn zero_div(vm: &Vm, op: B) -> crate::exceptions::PyErr {
    if op == B::Mod {
        vm.zero_division("integer modulo by zero")
    } else {
        vm.zero_division("integer division or modulo by zero")
    }
}

pub fn unsupported(vm: &Vm, op: B, left: &str, right: &str) -> crate::exceptions::PyErr {
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{left}' and '{right}'",
        op.symbol()
    ))
}

/// Python's hash of an int: the value modulo the Mersenne prime 2**61 - 1, keeping the sign.
pub fn hash_int(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = if i >= 0 {
        i % P
    } else {
        -((-(i as i128) % P as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let h = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}
