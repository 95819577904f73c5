//! The `math` module.

use ferropy_vm::args::Args;
use ferropy_vm::builtins::native;
use ferropy_vm::methods::to_f64;
use ferropy_vm::value::{NativeFn, PyModule, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("__name__", Value::str("math"));
    dict.set_str("pi", Value::Float(std::f64::consts::PI));
    dict.set_str("e", Value::Float(std::f64::consts::E));
    dict.set_str("tau", Value::Float(std::f64::consts::TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    let unary: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("sin", |vm, a, k| unary(vm, a, k, f64::sin)),
        ("cos", |vm, a, k| unary(vm, a, k, f64::cos)),
        ("tan", |vm, a, k| unary(vm, a, k, f64::tan)),
        ("asin", |vm, a, k| unary(vm, a, k, f64::asin)),
        ("acos", |vm, a, k| unary(vm, a, k, f64::acos)),
        ("atan", |vm, a, k| unary(vm, a, k, f64::atan)),
        ("sinh", |vm, a, k| unary(vm, a, k, f64::sinh)),
        ("cosh", |vm, a, k| unary(vm, a, k, f64::cosh)),
        ("tanh", |vm, a, k| unary(vm, a, k, f64::tanh)),
        ("exp", |vm, a, k| unary(vm, a, k, f64::exp)),
        ("fabs", |vm, a, k| unary(vm, a, k, f64::abs)),
        ("degrees", |vm, a, k| unary(vm, a, k, f64::to_degrees)),
        ("radians", |vm, a, k| unary(vm, a, k, f64::to_radians)),
        ("log", log),
        ("log2", |vm, a, k| log_base(vm, a, k, f64::log2)),
        ("log10", |vm, a, k| log_base(vm, a, k, f64::log10)),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("atan2", atan2),
        ("hypot", hypot),
        ("pow", pow),
        ("isnan", |vm, a, k| predicate(vm, a, k, f64::is_nan)),
        ("isinf", |vm, a, k| predicate(vm, a, k, f64::is_infinite)),
        ("isfinite", |vm, a, k| predicate(vm, a, k, f64::is_finite)),
        ("gcd", gcd),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("copysign", copysign),
        ("fsum", fsum),
    ];
    for (name, f) in unary {
        dict.set_str(name, native(name, *f));
    }
    Value::Module(Rc::new(PyModule {
        name: "math".into(),
        dict,
    }))
}

fn arg(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<f64> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    to_f64(vm, &a[0])
}

fn unary(vm: &mut Vm, args: &[Value], kw: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg(vm, args, kw, "math function")?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(r))
}

fn sqrt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "sqrt")?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn log(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(x) = a.pos.first() else {
        return Err(vm.type_error("log expected at least 1 argument, got 0"));
    };
    let x = to_f64(vm, x)?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    match a.pos.get(1) {
        Some(b) => {
            let b = to_f64(vm, b)?;
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn log_base(vm: &mut Vm, args: &[Value], kw: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg(vm, args, kw, "log")?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(f(x)))
}

fn to_int(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    if let Value::Int(_) | Value::BigInt(_) = &a[0] {
        return Ok(a[0].clone());
    }
    let x = to_f64(vm, &a[0])?;
    ferropy_vm::ops::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_int(vm, args, kw, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_int(vm, args, kw, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_int(vm, args, kw, "trunc", f64::trunc)
}

fn two(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<(f64, f64)> {
    let a = Args::new(args, kw).exact(vm, name, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two(vm, args, kw, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = to_f64(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "pow")?;
    Ok(Value::Float(x.powf(y)))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two(vm, args, kw, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn predicate(vm: &mut Vm, args: &[Value], kw: &[Value], f: fn(f64) -> bool) -> PyResult<Value> {
    let x = arg(vm, args, kw, "math predicate")?;
    Ok(Value::Bool(f(x)))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    ferropy_vm::int::to_bigint(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = num_bigint::BigInt::from(0);
    for a in args {
        let x = int_arg(vm, a)?;
        acc = num_integer::Integer::gcd(&acc, &x);
    }
    Ok(Value::from_bigint(acc))
}

fn factorial(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "factorial", 1)?;
    let n = int_arg(vm, &a[0])?;
    let Ok(n) = u64::try_from(&n) else {
        return Err(vm.value_error("factorial() not defined for negative values"));
    };
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "isqrt", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < num_bigint::BigInt::from(0) {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn fsum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "fsum", 1)?;
    let items = vm.collect(&a[0])?;
    // Neumaier summation: exact enough for the sums scripts make.
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for i in items {
        let x = to_f64(vm, &i)?;
        let t = sum + x;
        comp += if sum.abs() >= x.abs() {
            (sum - t) + x
        } else {
            (x - t) + sum
        };
        sum = t;
    }
    Ok(Value::Float(sum + comp))
}
