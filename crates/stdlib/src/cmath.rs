//! The `cmath` module: complex versions of `math`'s functions, computed with the same
//! formulas as CPython's (so finite results agree to the last bit), "math domain error" and
//! "math range error" as there. Infinite and NaN inputs follow the formulas rather than
//! CPython's tables of special values, so their results may differ in sign or NaN-ness.

use crate::math::c;
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native;
use ferropy_vm::methods::to_f64;
use ferropy_vm::value::{NativeFn, PyModule, Value};
use ferropy_vm::{PyResult, Vm};
use std::f64::consts::{LN_10, LN_2, PI};
use std::rc::Rc;

type C = (f64, f64);

/// log(DBL_MAX): past it `exp`, `cosh` and `sinh` overflow unless scaled.
const LOG_LARGE: f64 = 708.3964185322641;
/// DBL_MAX / 4, past which squaring overflows.
const LARGE: f64 = f64::MAX / 4.0;
const SQRT_LARGE: f64 = 6.703903964971298e153;
const SQRT_MIN: f64 = 1.4916681462400413e-154;

/// What went wrong computing a finite input's result.
enum Fail {
    Domain,
    Range,
}

type R = Result<C, Fail>;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("__name__", Value::str("cmath"));
    dict.set_str("pi", Value::Float(PI));
    dict.set_str("e", Value::Float(std::f64::consts::E));
    dict.set_str("tau", Value::Float(std::f64::consts::TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    dict.set_str("infj", Value::Complex(Rc::new((0.0, f64::INFINITY))));
    dict.set_str("nanj", Value::Complex(Rc::new((0.0, f64::NAN))));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", |vm, a, k| unary(vm, a, k, "sqrt", sqrt)),
        ("exp", |vm, a, k| unary(vm, a, k, "exp", exp)),
        ("log10", |vm, a, k| unary(vm, a, k, "log10", log10)),
        ("sin", |vm, a, k| unary(vm, a, k, "sin", sin)),
        ("cos", |vm, a, k| unary(vm, a, k, "cos", cos)),
        ("tan", |vm, a, k| unary(vm, a, k, "tan", tan)),
        ("asin", |vm, a, k| unary(vm, a, k, "asin", asin)),
        ("acos", |vm, a, k| unary(vm, a, k, "acos", acos)),
        ("atan", |vm, a, k| unary(vm, a, k, "atan", atan)),
        ("sinh", |vm, a, k| unary(vm, a, k, "sinh", sinh)),
        ("cosh", |vm, a, k| unary(vm, a, k, "cosh", cosh)),
        ("tanh", |vm, a, k| unary(vm, a, k, "tanh", tanh)),
        ("asinh", |vm, a, k| unary(vm, a, k, "asinh", asinh)),
        ("acosh", |vm, a, k| unary(vm, a, k, "acosh", acosh)),
        ("atanh", |vm, a, k| unary(vm, a, k, "atanh", atanh)),
        ("log", log_fn),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", |vm, a, k| {
            test(vm, a, k, "isfinite", |z| z.0.is_finite() && z.1.is_finite())
        }),
        ("isinf", |vm, a, k| {
            test(vm, a, k, "isinf", |z| {
                z.0.is_infinite() || z.1.is_infinite()
            })
        }),
        ("isnan", |vm, a, k| {
            test(vm, a, k, "isnan", |z| z.0.is_nan() || z.1.is_nan())
        }),
        ("isclose", isclose),
    ];
    for (name, f) in funcs {
        dict.set_str(name, native(name, *f));
    }
    Value::Module(Rc::new(PyModule {
        name: "cmath".into(),
        dict,
    }))
}

/// A number as a complex: complex, float, int, or an object with `__complex__`, `__float__`
/// or `__index__`.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(z) = ferropy_vm::complex::as_complex(vm, v)? {
        return Ok(z);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.lookup_special(v, "__complex__") {
            let r = vm.call_method_value(&m, v, &[], &[])?;
            return match r {
                Value::Complex(z) => Ok(*z),
                _ => Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(m) = vm.lookup_special(v, "__index__") {
            if vm.lookup_special(v, "__float__").is_none() {
                let r = vm.call_method_value(&m, v, &[], &[])?;
                return Ok((to_f64(vm, &r)?, 0.0));
            }
        }
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn one_arg(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<C> {
    let a = Args::new(args, kw);
    match (a.pos, a.kw("z")) {
        ([x], None) => to_complex(vm, x),
        ([], Some(x)) => to_complex(vm, &x),
        (p, _) => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

fn finish(vm: &Vm, z: C, r: R) -> PyResult<Value> {
    let finite = z.0.is_finite() && z.1.is_finite();
    match r {
        Ok(v) => Ok(Value::Complex(Rc::new(v))),
        Err(_) if !finite => Ok(Value::Complex(Rc::new((f64::NAN, f64::NAN)))),
        Err(Fail::Domain) => Err(vm.value_error("math domain error")),
        Err(Fail::Range) => Err(vm.overflow_error("math range error")),
    }
}

fn unary(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, f: fn(C) -> R) -> PyResult<Value> {
    let z = one_arg(vm, args, kw, name)?;
    let r = f(z);
    finish(vm, z, r)
}

fn test(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(C) -> bool,
) -> PyResult<Value> {
    let z = one_arg(vm, args, kw, name)?;
    Ok(Value::Bool(f(z)))
}

/// An overflowing (infinite) part of a finite input's result is a range error.
fn no_overflow(z: C, r: C) -> R {
    let finite_in = z.0.is_finite() && z.1.is_finite();
    if finite_in && (r.0.is_infinite() || r.1.is_infinite()) {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

fn sqrt(z: C) -> R {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    if !x.is_finite() || !y.is_finite() {
        if y.is_infinite() {
            return Ok((f64::INFINITY, y));
        }
        if x == f64::NEG_INFINITY {
            return Ok((
                if y.is_nan() { f64::NAN } else { 0.0 },
                f64::INFINITY.copysign(y),
            ));
        }
        if x == f64::INFINITY {
            return Ok((x, if y.is_nan() { y } else { 0.0f64.copysign(y) }));
        }
        return Ok((f64::NAN, f64::NAN));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale tiny inputs up by 2**53 so that hypot keeps its precision, then back.
        let (sx, sy) = (ax * 2f64.powi(53), ay * 2f64.powi(53));
        (sx + sx.hypot(sy)).sqrt() * 2f64.powi(-27)
    } else {
        let ax8 = ax / 8.0;
        2.0 * (ax8 + ax8.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    })
}

fn exp(z: C) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() && y != 0.0 {
        return Ok(if x > 0.0 {
            (
                f64::INFINITY.copysign(c::cos(y)),
                f64::INFINITY.copysign(c::sin(y)),
            )
        } else {
            (0.0f64.copysign(c::cos(y)), 0.0f64.copysign(c::sin(y)))
        });
    }
    if x.is_infinite() && y == 0.0 {
        return Ok((if x > 0.0 { x } else { 0.0 }, y));
    }
    let r = if x > LOG_LARGE {
        let l = c::exp(x - 1.0);
        (
            l * c::cos(y) * std::f64::consts::E,
            l * c::sin(y) * std::f64::consts::E,
        )
    } else {
        let l = c::exp(x);
        (l * c::cos(y), l * c::sin(y))
    };
    no_overflow(z, r)
}

/// The natural logarithm; log of zero is a domain error.
fn ln(z: C) -> R {
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() || y.is_nan() {
            let re = if ax.is_infinite() || ay.is_infinite() {
                f64::INFINITY
            } else {
                f64::NAN
            };
            return Ok((re, f64::NAN));
        }
        return Ok((f64::INFINITY, c::atan2(y, x)));
    }
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // Scale subnormals up by 2**53 before hypot.
            let s = 2f64.powi(53);
            (ax * s).hypot(ay * s).ln() - 53.0 * LN_2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            c::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, c::atan2(y, x)))
}

fn log10(z: C) -> R {
    let (re, im) = ln(z)?;
    Ok((re / LN_10, im / LN_10))
}

/// Complex division as CPython's `_Py_c_quot` (scaled by the larger part of the divisor).
fn quot(a: C, b: C) -> C {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn log_fn(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "log expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let z = to_complex(vm, &a.pos[0])?;
    let r = ln(z);
    let Some(base) = a.pos.get(1) else {
        return finish(vm, z, r);
    };
    let b = to_complex(vm, base)?;
    let lb = ln(b);
    match (r, lb) {
        (Ok(x), Ok(y)) => {
            if y == (0.0, 0.0) {
                return Err(vm.err("ZeroDivisionError", "complex division by zero"));
            }
            Ok(Value::Complex(Rc::new(quot(x, y))))
        }
        (Err(e), _) => finish(vm, z, Err(e)),
        (_, Err(e)) => finish(vm, b, Err(e)),
    }
}

fn cosh(z: C) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        return Ok(special_hyperbolic(z, true));
    }
    let r = if x.abs() > LOG_LARGE {
        let x1 = x - 1f64.copysign(x);
        (
            c::cos(y) * c::cosh(x1) * std::f64::consts::E,
            c::sin(y) * c::sinh(x1) * std::f64::consts::E,
        )
    } else {
        (c::cos(y) * c::cosh(x), c::sin(y) * c::sinh(x))
    };
    no_overflow(z, r)
}

fn sinh(z: C) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        return Ok(special_hyperbolic(z, false));
    }
    let r = if x.abs() > LOG_LARGE {
        let x1 = x - 1f64.copysign(x);
        (
            c::cos(y) * c::sinh(x1) * std::f64::consts::E,
            c::sin(y) * c::cosh(x1) * std::f64::consts::E,
        )
    } else {
        (c::cos(y) * c::sinh(x), c::sin(y) * c::cosh(x))
    };
    no_overflow(z, r)
}

/// cosh/sinh of an infinite or NaN argument (C99 Annex G's main cases).
fn special_hyperbolic(z: C, is_cosh: bool) -> C {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() {
        if y == 0.0 {
            return if is_cosh {
                (f64::INFINITY, 0.0f64.copysign(x) * y)
            } else {
                (x, y)
            };
        }
        let (inf_cos, inf_sin) = (
            f64::INFINITY.copysign(c::cos(y)),
            f64::INFINITY.copysign(c::sin(y)),
        );
        let sx = 1f64.copysign(x);
        return if is_cosh {
            (inf_cos, inf_sin * sx)
        } else {
            (inf_cos * sx, inf_sin)
        };
    }
    if x == 0.0 && !y.is_finite() {
        return if is_cosh {
            (f64::NAN, 0.0)
        } else {
            (x, f64::NAN)
        };
    }
    if x.is_infinite() {
        return if is_cosh {
            (f64::INFINITY, f64::NAN)
        } else {
            (x, f64::NAN)
        };
    }
    (f64::NAN, f64::NAN)
}

fn tanh(z: C) -> R {
    let (x, y) = z;
    if x.is_infinite() && y.is_finite() {
        return Ok((
            1f64.copysign(x),
            0.0f64.copysign(2.0 * c::sin(y) * c::cos(y)),
        ));
    }
    if !x.is_finite() || !y.is_finite() {
        return Ok((f64::NAN, f64::NAN));
    }
    if x.abs() > LOG_LARGE {
        return Ok((
            1f64.copysign(x),
            4.0 * c::sin(y) * c::cos(y) * c::exp(-2.0 * x.abs()),
        ));
    }
    let tx = c::tanh(x);
    let ty = c::tan(y);
    let cx = 1.0 / c::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// f(i*z) / i, for the circular functions through the hyperbolic ones.
fn rotate(z: C, f: fn(C) -> R, back: bool) -> R {
    let r = f((-z.1, z.0))?;
    Ok(if back { (r.1, -r.0) } else { r })
}

fn cos(z: C) -> R {
    rotate(z, cosh, false)
}

fn sin(z: C) -> R {
    rotate(z, sinh, true)
}

fn tan(z: C) -> R {
    rotate(z, tanh, true)
}

fn asin(z: C) -> R {
    rotate(z, asinh, true)
}

fn atan(z: C) -> R {
    rotate(z, atanh, true)
}

fn asinh(z: C) -> R {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = if y >= 0.0 {
            ((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0).copysign(x)
        } else {
            -((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0).copysign(-x)
        };
        return Ok((re, c::atan2(y, x.abs())));
    }
    let s1 = sqrt((1.0 + y, -x))?;
    let s2 = sqrt((1.0 - y, x))?;
    Ok((
        c::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        c::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn acos(z: C) -> R {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = c::atan2(y.abs(), x);
        let m = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 {
            -m.copysign(y)
        } else {
            m.copysign(-y)
        };
        return Ok((re, im));
    }
    let s1 = sqrt((1.0 - x, -y))?;
    let s2 = sqrt((1.0 + x, y))?;
    Ok((
        2.0 * c::atan2(s1.0, s2.0),
        c::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn acosh(z: C) -> R {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return Ok(((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0, c::atan2(y, x)));
    }
    let s1 = sqrt((x - 1.0, y))?;
    let s2 = sqrt((x + 1.0, y))?;
    Ok((
        c::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * c::atan2(s1.1, s2.0),
    ))
}

fn atanh(z: C) -> R {
    let (x, y) = z;
    if x < 0.0 {
        let r = atanh((-x, -y))?;
        return Ok((-r.0, -r.1));
    }
    let ay = y.abs();
    if x > SQRT_LARGE || ay > SQRT_LARGE {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -(PI / 2.0).copysign(-y)));
    }
    if x == 1.0 && ay < SQRT_MIN {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (c::atan2(2.0, -ay) / 2.0).copysign(y),
        ));
    }
    Ok((
        c::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -c::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

fn phase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(vm, args, kw, "phase")?;
    Ok(Value::Float(c::atan2(z.1, z.0)))
}

fn polar(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one_arg(vm, args, kw, "polar")?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(c::atan2(z.1, z.0)),
    ]))
}

fn rect(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let [r, phi] = a.pos else {
        return Err(vm.type_error(format!("rect expected 2 arguments, got {}", a.pos.len())));
    };
    let (r, phi) = (to_f64(vm, r)?, to_f64(vm, phi)?);
    if r.is_finite() && phi.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    let z = if phi == 0.0 {
        // Keeps the sign of a zero phase (r * phi rather than r * sin(phi)).
        (r, r * phi)
    } else if r.is_infinite() && phi.is_finite() {
        (r * c::cos(phi), r * c::sin(phi))
    } else {
        (r * c::cos(phi), r * c::sin(phi))
    };
    Ok(Value::Complex(Rc::new(z)))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (Some(x), Some(y)) = (a.arg_or_kw(0, "a"), a.arg_or_kw(1, "b")) else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let (x, y) = (to_complex(vm, &x)?, to_complex(vm, &y)?);
    let (rel, abs) = crate::math::isclose_tolerances(vm, &a)?;
    if x == y {
        return Ok(Value::Bool(true));
    }
    let inf = |z: C| z.0.is_infinite() || z.1.is_infinite();
    if inf(x) || inf(y) {
        return Ok(Value::Bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let (mx, my) = (x.0.hypot(x.1), y.0.hypot(y.1));
    Ok(Value::Bool(
        diff <= rel * my || diff <= rel * mx || diff <= abs,
    ))
}
