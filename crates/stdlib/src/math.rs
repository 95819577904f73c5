//! The `math` module: every function of CPython 3.11's, with its special values and errors
//! ("math domain error" for results outside the reals, "math range error" for overflow).
//! Integer functions are in `math_int.rs`; sums, norms and gamma in `math_sum.rs`.

use crate::math_int;
use crate::math_sum;
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native;
use ferropy_vm::methods::to_f64;
use ferropy_vm::value::{NativeFn, PyModule, Value};
use ferropy_vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

// SAFETY (for the calls below): these are the C library's pure functions on doubles, linked
// with every Rust program on the platforms ferropy supports; they touch no memory but `exp`.
/// The C library's functions, which CPython calls (Rust's own versions of some round
/// differently in the last place).
mod libm {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
    }
}

macro_rules! libm_fns {
    ($($name:ident),*) => {
        $(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C library function on a double.
                unsafe { libm::$name(x) }
            }
        )*
    };
}

/// Wrappers of the C library's one-argument functions.
pub mod c {
    use super::libm;
    libm_fns!(
        sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, exp2, expm1,
        log, log2, log10, log1p
    );

    /// glibc's `cbrt`, looked up at run time: a static `cbrt` from Rust's runtime shadows it
    /// at link time and rounds differently.
    pub fn cbrt(x: f64) -> f64 {
        use std::sync::OnceLock;
        static F: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
        let f = F.get_or_init(|| {
            // SAFETY: dlopen/dlsym with NUL-terminated names; the symbol, when found, is C's
            // `double cbrt(double)`, which has this signature.
            unsafe {
                let h = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW);
                if h.is_null() {
                    return None;
                }
                let p = libc::dlsym(h, c"cbrt".as_ptr());
                if p.is_null() {
                    return None;
                }
                Some(std::mem::transmute::<
                    *mut libc::c_void,
                    extern "C" fn(f64) -> f64,
                >(p))
            }
        });
        match f {
            Some(f) => f(x),
            None => x.cbrt(),
        }
    }

    pub fn atan2(y: f64, x: f64) -> f64 {
        // SAFETY: a pure C library function on doubles.
        unsafe { libm::atan2(y, x) }
    }

    pub fn pow(x: f64, y: f64) -> f64 {
        // SAFETY: a pure C library function on doubles.
        unsafe { libm::pow(x, y) }
    }
}

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn ldexp(x: f64, e: i32) -> f64;
    fn frexp(x: f64, e: *mut i32) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
}

pub fn c_erf(x: f64) -> f64 {
    // SAFETY: see the extern block.
    unsafe { erf(x) }
}

pub fn c_erfc(x: f64) -> f64 {
    // SAFETY: see the extern block.
    unsafe { erfc(x) }
}

pub fn c_ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: see the extern block.
    unsafe { ldexp(x, e) }
}

pub fn c_frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    // SAFETY: `e` is a live local the function writes once.
    let m = unsafe { frexp(x, &mut e) };
    (m, e)
}

pub fn c_nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: see the extern block.
    unsafe { nextafter(x, y) }
}

pub fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("__name__", Value::str("math"));
    dict.set_str("pi", Value::Float(std::f64::consts::PI));
    dict.set_str("e", Value::Float(std::f64::consts::E));
    dict.set_str("tau", Value::Float(std::f64::consts::TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", |vm, a, k| math1(vm, a, k, "sqrt", f64::sqrt, false)),
        ("sin", |vm, a, k| math1(vm, a, k, "sin", c::sin, false)),
        ("cos", |vm, a, k| math1(vm, a, k, "cos", c::cos, false)),
        ("tan", |vm, a, k| math1(vm, a, k, "tan", c::tan, false)),
        ("asin", |vm, a, k| math1(vm, a, k, "asin", c::asin, false)),
        ("acos", |vm, a, k| math1(vm, a, k, "acos", c::acos, false)),
        ("atan", |vm, a, k| math1(vm, a, k, "atan", c::atan, false)),
        ("sinh", |vm, a, k| math1(vm, a, k, "sinh", c::sinh, true)),
        ("cosh", |vm, a, k| math1(vm, a, k, "cosh", c::cosh, true)),
        ("tanh", |vm, a, k| math1(vm, a, k, "tanh", c::tanh, false)),
        ("asinh", |vm, a, k| {
            math1(vm, a, k, "asinh", c::asinh, false)
        }),
        ("acosh", |vm, a, k| {
            math1(vm, a, k, "acosh", c::acosh, false)
        }),
        ("atanh", |vm, a, k| {
            math1(vm, a, k, "atanh", c::atanh, false)
        }),
        ("exp", |vm, a, k| math1(vm, a, k, "exp", c::exp, true)),
        ("exp2", |vm, a, k| math1(vm, a, k, "exp2", c::exp2, true)),
        ("expm1", |vm, a, k| math1(vm, a, k, "expm1", c::expm1, true)),
        ("log1p", |vm, a, k| {
            math1(vm, a, k, "log1p", c::log1p, false)
        }),
        ("cbrt", |vm, a, k| math1(vm, a, k, "cbrt", c::cbrt, false)),
        ("fabs", |vm, a, k| math1(vm, a, k, "fabs", f64::abs, false)),
        ("erf", |vm, a, k| math1(vm, a, k, "erf", c_erf, false)),
        ("erfc", |vm, a, k| math1(vm, a, k, "erfc", c_erfc, false)),
        ("gamma", math_sum::gamma),
        ("lgamma", math_sum::lgamma),
        ("degrees", |vm, a, k| {
            math1(
                vm,
                a,
                k,
                "degrees",
                |x| x * (180.0 / std::f64::consts::PI),
                true,
            )
        }),
        ("radians", |vm, a, k| {
            math1(
                vm,
                a,
                k,
                "radians",
                |x| x * (std::f64::consts::PI / 180.0),
                true,
            )
        }),
        ("log", log),
        ("log2", |vm, a, k| log_of(vm, a, k, "log2", c::log2)),
        ("log10", |vm, a, k| log_of(vm, a, k, "log10", c::log10)),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("atan2", atan2),
        ("pow", pow),
        ("fmod", fmod),
        ("remainder", remainder),
        ("copysign", copysign),
        ("isnan", |vm, a, k| {
            predicate(vm, a, k, "isnan", f64::is_nan)
        }),
        ("isinf", |vm, a, k| {
            predicate(vm, a, k, "isinf", f64::is_infinite)
        }),
        ("isfinite", |vm, a, k| {
            predicate(vm, a, k, "isfinite", f64::is_finite)
        }),
        ("isclose", isclose),
        ("frexp", frexp_),
        ("ldexp", ldexp_),
        ("modf", modf),
        ("nextafter", nextafter_),
        ("ulp", ulp),
        ("hypot", math_sum::hypot),
        ("dist", math_sum::dist),
        ("fsum", math_sum::fsum),
        ("prod", math_sum::prod),
        ("gcd", math_int::gcd),
        ("lcm", math_int::lcm),
        ("factorial", math_int::factorial),
        ("isqrt", math_int::isqrt),
        ("comb", math_int::comb),
        ("perm", math_int::perm),
    ];
    for (name, f) in funcs {
        dict.set_str(name, native(name, *f));
    }
    Value::Module(Rc::new(PyModule {
        name: "math".into(),
        dict,
    }))
}

/// The single argument of `name`, as a float.
pub fn arg(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<f64> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    to_f64(vm, &a[0])
}

/// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error when the function can overflow, else a domain error.
fn math1(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = arg(vm, args, kw, name)?;
    let r = f(x);
    check(vm, x, r, can_overflow)
}

pub fn check(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

/// `log`, `log2`, `log10` of a number; huge ints go through their mantissa and exponent.
fn log_helper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain(vm));
        }
        // x = m * 2**e with m in [0.5, 1), from the top 64 bits, as CPython's frexp of ints.
        let bits = b.bits();
        let shift = bits.saturating_sub(64);
        let top: num_bigint::BigInt = &**b >> shift;
        let (m, e) = c_frexp(u64::try_from(&top).unwrap_or(u64::MAX) as f64);
        return Ok(f(m) + f(2.0) * (i64::from(e) + shift as i64) as f64);
    }
    if let Value::Int(i) = v {
        if *i <= 0 {
            return Err(domain(vm));
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "log", 1, 2)?;
    let num = log_helper(vm, &a[0], c::log)?;
    match a.get(1) {
        Some(b) => {
            let den = log_helper(vm, b, c::log)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}

fn log_of(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    Ok(Value::Float(log_helper(vm, &a[0], f)?))
}

/// `floor`/`ceil`: ints stay, floats round, other objects use their `__floor__`/`__ceil__`.
fn rounding(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    let v = &a[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(x) => return ferropy_vm::ops::float_to_int(vm, f(*x)),
        _ => {}
    }
    if let Some(m) = vm.lookup_special(v, dunder) {
        return vm.call_method_value(&m, v, &[], &[]);
    }
    let x = to_f64(vm, v)?;
    ferropy_vm::ops::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, args, kw, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, args, kw, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "trunc", 1)?;
    let v = &a[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(x) => ferropy_vm::ops::float_to_int(vm, x.trunc()),
        _ => match vm.lookup_special(v, "__trunc__") {
            Some(m) => vm.call_method_value(&m, v, &[], &[]),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(v)
            ))),
        },
    }
}

pub fn two(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<(f64, f64)> {
    let a = Args::new(args, kw).exact(vm, name, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two(vm, args, kw, "atan2")?;
    Ok(Value::Float(c::atan2(y, x)))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = c::pow(x, y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain(vm) } else { range(vm) });
    }
    Ok(Value::Float(r))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    // Compare m with the complement rather than with ay/2, which may not be representable.
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(f64) -> bool,
) -> PyResult<Value> {
    let x = arg(vm, args, kw, name)?;
    Ok(Value::Bool(f(x)))
}

/// `isclose`'s `rel_tol` and `abs_tol` keywords, checked (`math` and `cmath` share them).
pub(crate) fn isclose_tolerances(vm: &mut Vm, a: &Args) -> PyResult<(f64, f64)> {
    let rel = match a.kw("rel_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match a.kw("abs_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel, abs))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (Some(x), Some(y)) = (a.arg_or_kw(0, "a"), a.arg_or_kw(1, "b")) else {
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            if a.pos.is_empty() { "a" } else { "b" },
            a.pos.len() + 1
        )));
    };
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let (x, y) = (to_f64(vm, &x)?, to_f64(vm, &y)?);
    let (rel, abs) = isclose_tolerances(vm, &a)?;
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn frexp_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "frexp")?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        c_frexp(x)
    };
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

fn ldexp_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "ldexp", 2)?;
    let x = to_f64(vm, &a[0])?;
    let Some(e) = ferropy_vm::int::to_bigint(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = match i32::try_from(&e) {
        Ok(e) => c_ldexp(x, e),
        Err(_) if e.sign() == num_bigint::Sign::Minus => 0.0f64.copysign(x),
        Err(_) => f64::INFINITY.copysign(x),
    };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn nextafter_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "nextafter")?;
    Ok(Value::Float(c_nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = c_nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - c_nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}
