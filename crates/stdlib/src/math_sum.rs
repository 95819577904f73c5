//! `math`'s sums and special functions: `fsum` (exact, Shewchuk's partials with a correctly
//! rounded result), `prod`, `hypot` and `dist` (scaled, compensated), `gamma` and `lgamma`
//! (the Lanczos approximation with CPython's parameters, so results match it bit for bit).

use crate::math::{arg, c, c_frexp, c_ldexp, check, domain, range};
use ferropy_vm::args::Args;
use ferropy_vm::methods::to_f64;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};

pub fn fsum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "fsum", 1)?;
    let it = vm.get_iter(&a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let original = x;
        let mut n = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[n] = lo;
                n += 1;
            }
            x = hi;
        }
        partials.truncate(n);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN among the inputs wins; a finite overflow is an error.
                if original.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// The correctly rounded sum of non-overlapping partials (smallest first).
fn round_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-way cases: the next partial decides the rounding direction.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

pub fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut acc = a.kw("start").unwrap_or(Value::Int(1));
    let it = vm.get_iter(&a.pos[0])?;
    let mul = ferropy_bytecode::BinaryOperator::Mul as u8;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_mul(*q).is_some() => Value::Int(p * q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p * q),
            _ => vm.binary_op(mul, &acc, &x)?,
        };
    }
    Ok(acc)
}

/// The Euclidean norm of finite non-negative values whose largest is `max`: scaled to avoid
/// overflow and underflow, squares summed exactly (split products, compensated sum), then one
/// correction step on the square root.
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = c_frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: lift subnormals into the normal range first.
        let lifted: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&lifted, max / f64::MIN_POSITIVE, false);
    }
    let scale = c_ldexp(1.0, -max_e);
    let mut parts: Vec<f64> = Vec::with_capacity(v.len() * 2);
    for &x in v {
        let x = x * scale;
        let (hi, lo) = two_product(x, x);
        parts.push(hi);
        parts.push(lo);
    }
    let sumsq = exact_sum(&parts);
    let mut h = sumsq.sqrt();
    // One Newton step against the exact residual sumsq - h*h.
    let (hh, hl) = two_product(h, h);
    let residual = exact_sum(&[sumsq, -hh, -hl]);
    h += residual / (2.0 * h);
    h / scale
}

/// `a*b` as an unevaluated sum `hi + lo` (exact).
fn two_product(a: f64, b: f64) -> (f64, f64) {
    let hi = a * b;
    (hi, a.mul_add(b, -hi))
}

fn exact_sum(xs: &[f64]) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    for &x0 in xs {
        let mut x = x0;
        let mut n = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[n] = lo;
                n += 1;
            }
            x = hi;
        }
        partials.truncate(n);
        partials.push(x);
    }
    round_partials(&partials)
}

fn norm_of(vals: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    let mut abs = Vec::with_capacity(vals.len());
    for x in vals {
        let x = x.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        abs.push(x);
    }
    vector_norm(&abs, max, nan)
}

pub fn hypot(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        vals.push(to_f64(vm, a)?);
    }
    Ok(Value::Float(norm_of(vals)))
}

pub fn dist(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "dist", 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vals = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        vals.push(to_f64(vm, x)? - to_f64(vm, y)?);
    }
    Ok(Value::Float(norm_of(vals)))
}

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator is x*(x+1)*...*(x+11).
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Lanczos' rational sum for positive x (in 1/x for large x, to avoid overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x) for finite x, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => c::sin(PI * y),
        1 => c::cos(PI * (y - 0.5)),
        2 => c::sin(PI * (1.0 - y)),
        3 => -c::cos(PI * (y - 1.5)),
        _ => c::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

enum Special {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, Special> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(Special::Domain)
        };
    }
    if x == 0.0 {
        return Err(Special::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(Special::Domain);
        }
        if x <= 23.0 {
            return Ok(range_factorial(x as u32 - 1));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(Special::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(Special::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, fed back through the correction factor.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * c::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c::pow(y, absx - 0.5);
        } else {
            let sqrtpow = c::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / c::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c::pow(y, absx - 0.5);
        } else {
            let sqrtpow = c::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(Special::Range);
    }
    Ok(r)
}

/// n! as a float for n <= 22 (exact).
fn range_factorial(n: u32) -> f64 {
    (1..=n).fold(1.0, |acc, i| acc * f64::from(i))
}

fn lgamma_f(x: f64) -> Result<f64, Special> {
    const LOGPI: f64 = 1.144_729_885_849_400_2;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(Special::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-c::log(absx));
    }
    let mut r = c::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (c::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - c::log(sinpi(absx).abs()) - c::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(Special::Range);
    }
    Ok(r)
}

fn special(vm: &mut Vm, x: f64, r: Result<f64, Special>) -> PyResult<Value> {
    match r {
        Ok(v) => check(vm, x, v, true),
        Err(Special::Domain) => Err(domain(vm)),
        Err(Special::Range) => Err(range(vm)),
    }
}

pub fn gamma(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "gamma")?;
    special(vm, x, tgamma(x))
}

pub fn lgamma(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = arg(vm, args, kw, "lgamma")?;
    special(vm, x, lgamma_f(x))
}
