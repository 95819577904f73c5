//! `complex`: arithmetic with CPython's algorithms (`complexobject.c`: Smith's division, powers
//! by repeated squaring for small integer exponents), parsing, and the constructor.

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::numfmt::{self, ErrKind, FmtError};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::BinaryOperator as B;
use std::rc::Rc;

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `_Py_c_pow`; `None` for zero to a negative or complex power.
fn pow(a: C, b: C) -> Option<C> {
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// A number as a complex operand.
pub fn as_complex(vm: &Vm, v: &Value) -> PyResult<Option<C>> {
    Ok(match v {
        Value::Complex(c) => Some(**c),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Value::BigInt(b) => Some((crate::int::big_to_f64(vm, b)?, 0.0)),
        _ => None,
    })
}

fn value(c: C) -> Value {
    Value::Complex(Rc::new(c))
}

/// A binary operator with a complex operand; `None` when the other operand is not a number.
pub fn complex_binary(vm: &mut Vm, op: B, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_complex(vm, a)?, as_complex(vm, b)?) else {
        return Ok(None);
    };
    Ok(Some(match op {
        B::Add => value((x.0 + y.0, x.1 + y.1)),
        B::Sub => value((x.0 - y.0, x.1 - y.1)),
        B::Mul => value(prod(x, y)),
        B::TrueDiv => match quot(x, y) {
            Some(c) => value(c),
            None => return Err(vm.zero_division("complex division by zero")),
        },
        B::Pow => {
            let r = if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
                let n = y.0 as i64;
                if n >= 0 {
                    Some(powu(x, n as u64))
                } else {
                    quot((1.0, 0.0), powu(x, n.unsigned_abs()))
                }
            } else {
                pow(x, y)
            };
            match r {
                Some(c)
                    if c.0.is_finite() && c.1.is_finite()
                        || !(x.0.is_finite() && x.1.is_finite()) =>
                {
                    value(c)
                }
                Some(_) => return Err(vm.overflow_error("complex exponentiation")),
                None => return Err(vm.zero_division("0.0 to a negative or complex power")),
            }
        }
        _ => return Ok(None),
    }))
}

/// `hash(complex)`: the real part's hash plus 1000003 times the imaginary part's.
pub fn hash_complex(c: C) -> i64 {
    let h = (crate::hashing::hash_float(c.0) as u64)
        .wrapping_add((crate::hashing::hash_float(c.1) as u64).wrapping_mul(1000003))
        as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Parses `complex("1+2j")` and the like (surrounding spaces and parentheses allowed).
fn parse(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let float = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::numfmt::parse_float(x).ok(),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((crate::numfmt::parse_float(t).ok()?, 0.0));
    };
    // Split before the sign that starts the imaginary part (not one after an exponent 'e').
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((
            crate::numfmt::parse_float(&body[..i]).ok()?,
            float(&body[i..])?,
        )),
        None => Some((0.0, float(body)?)),
    }
}

/// `complex(real=0, imag=0)`.
pub fn construct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let real = a.arg_or_kw(0, "real");
    let imag = a.arg_or_kw(1, "imag");
    if let Some(Value::Str(s)) = &real {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse(s.as_str())
            .map(value)
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
    }
    let part = |vm: &mut Vm, v: Option<Value>, which: &str| -> PyResult<C> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(Value::Str(_)) if which == "imag" => {
                Err(vm.type_error("complex() second arg can't be a string"))
            }
            Some(v) => match as_complex(vm, &v)? {
                Some(c) => Ok(c),
                None => {
                    if let Some(m) = vm.lookup_special(&v, "__complex__") {
                        let r = vm.call_method_value(&m, &v, &[], &[])?;
                        if let Value::Complex(c) = r {
                            return Ok(*c);
                        }
                    }
                    let f = crate::methods::to_f64(vm, &v).map_err(|_| {
                        vm.type_error(format!(
                            "complex() {} must be a string or a number, not '{}'",
                            if which == "real" {
                                "first argument"
                            } else {
                                "second argument"
                            },
                            vm.type_name(&v)
                        ))
                    })?;
                    Ok((f, 0.0))
                }
            },
        }
    };
    // As CPython: only complex parts mix (so `complex(0, -0.0)` keeps its negative zero).
    let r_complex = matches!(&real, Some(v) if is_complex_like(vm, v));
    let i_complex = matches!(&imag, Some(v) if is_complex_like(vm, v));
    let given_imag = imag.is_some();
    let r = part(vm, real, "real")?;
    let i = part(vm, imag, "imag")?;
    let mut re = r.0;
    let mut im = if given_imag { i.0 } else { r.1 };
    if i_complex {
        re -= i.1;
    }
    if r_complex && given_imag {
        im += r.1;
    }
    Ok(value((re, im)))
}

/// A complex number, or an object that converts itself with `__complex__`.
fn is_complex_like(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Complex(_)) || vm.lookup_special(v, "__complex__").is_some()
}

/// `format(complex, spec)`, as CPython's format_complex_internal: each part formatted as a
/// float (the imaginary one always signed unless the real part is left out), then the whole
/// padded to the width.
pub fn format_complex(c: C, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(crate::repr::complex_repr(c.0, c.1));
    }
    let f = numfmt::parse_spec(spec, "complex", None)?;
    if f.zero && f.fill.is_none() || f.fill == Some('0') {
        return Err(numfmt::err(
            ErrKind::ValueError,
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == Some('=') {
        return Err(numfmt::err(
            ErrKind::ValueError,
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (mut code, mut prec) = match f.ty {
        None => ('r', 0),
        Some('n') => ('g', 6),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (t, 6),
        Some(t) => return Err(numfmt::unknown_code(t, "complex")),
    };
    let skip_re = f.ty.is_none() && c.0 == 0.0 && c.0.is_sign_positive();
    let parens = f.ty.is_none() && !skip_re;
    if let Some(p) = f.precision {
        prec = p;
        if code == 'r' {
            code = 'g';
        }
    }
    let part = |x: f64, sign: Option<char>| -> Result<String, FmtError> {
        let s = numfmt::double_to_string(x, code, prec, f.alternate, false, f.no_neg_0);
        let (neg, body) = s
            .strip_prefix('-')
            .map_or((false, s.as_str()), |b| (true, b));
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        let pf = numfmt::FormatSpec {
            sign,
            ..Default::default()
        };
        numfmt::layout(
            neg,
            "",
            &body[..n],
            &body[n..],
            &pf,
            '>',
            f.grouping.map(|g| (3, g)),
        )
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body += &part(c.0, f.sign)?;
    }
    body += &part(c.1, if skip_re { f.sign } else { Some('+') })?;
    body.push('j');
    if parens {
        body.push(')');
    }
    let outer = numfmt::FormatSpec {
        sign: None,
        grouping: None,
        zero: false,
        ..f
    };
    numfmt::layout(false, "", "", &body, &outer, '>', None)
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first().map(crate::builtin_dunders::unwrap_base) {
        Some(Value::Complex(c)) => Ok(value((c.0, -c.1))),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}

pub fn install(vm: &mut Vm) {
    let f = crate::value::BuiltinFunction {
        name: "conjugate",
        func: conjugate,
        bound: None,
        owner: Some("complex"),
    };
    vm.types
        .complex
        .dict
        .set_str("conjugate", Value::Builtin(Rc::new(f)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_complex_literals() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" (1-2.5J) "), Some((1.0, -2.5)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("1e3-1e-3j"), Some((1000.0, -0.001)));
        assert_eq!(parse("3"), Some((3.0, 0.0)));
        assert_eq!(parse("1 + 2j"), None);
        assert_eq!(parse("1+2"), None);
    }
}
