//! `math`'s integer functions, exact on big integers: `gcd`, `lcm`, `factorial`, `isqrt`,
//! `comb`, `perm`.

use crate::native::int_arg;
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

pub fn gcd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for a in args {
        let x = int_arg(vm, a)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

pub fn lcm(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for a in args {
        let x = int_arg(vm, a)?;
        acc = if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&x)
        };
    }
    Ok(Value::from_bigint(acc.abs()))
}

/// The product of `lo..hi` by binary splitting (balanced sizes multiply fastest).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

pub fn factorial(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "factorial", 1)?;
    if let Value::Float(_) = a[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Ok(n) = i64::try_from(&n) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(range_product(1, n as u64 + 1)))
}

pub fn isqrt(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "isqrt", 1)?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// `n` and `k` for comb/perm, with CPython's messages.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Ok(n64) = u64::try_from(n) {
        if n64 < u64::MAX {
            return range_product(n64 - k + 1, n64 + 1);
        }
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= n - i;
    }
    acc
}

fn too_big(vm: &Vm, what: &str) -> ferropy_vm::PyErr {
    vm.overflow_error(format!("{what} must not exceed 9223372036854775807"))
}

pub fn comb(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "comb", 2)?;
    let (n, k) = n_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Ok(k) = u64::try_from(&k) else {
        return Err(too_big(vm, "min(n - k, k)"));
    };
    Ok(Value::from_bigint(falling(&n, k) / range_product(1, k + 1)))
}

pub fn perm(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "perm", 1, 2)?;
    let k = match a.get(1) {
        Some(k) if !k.is_none() => k.clone(),
        _ => return factorial(vm, &[a[0].clone()], &[]),
    };
    let (n, k) = n_k(vm, &a[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Ok(k) = u64::try_from(&k) else {
        return Err(too_big(vm, "k"));
    };
    Ok(Value::from_bigint(falling(&n, k)))
}
