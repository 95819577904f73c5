//! The `_bisect` module: binary search in sorted sequences (`bisect_left`, `bisect_right`) and
//! sorted insertion (`insort_left`, `insort_right`), with `lo`, `hi` and `key`.

use ferropy_vm::args::Args;
use ferropy_vm::builtins::native as func;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

pub fn make(_vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let fns: &[(&'static str, ferropy_vm::value::NativeFn)] = &[
        ("bisect_right", |vm, a, k| {
            bisect(vm, a, k, "bisect_right", true)
        }),
        ("bisect_left", |vm, a, k| {
            bisect(vm, a, k, "bisect_left", false)
        }),
        ("insort_right", |vm, a, k| {
            insort(vm, a, k, "insort_right", true)
        }),
        ("insort_left", |vm, a, k| {
            insort(vm, a, k, "insort_left", false)
        }),
    ];
    for (name, f) in fns {
        dict.set_str(name, func(name, *f));
    }
    crate::native::module("_bisect", dict)
}

struct Search {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Value,
}

fn parse(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<Search> {
    let p = Args::new(args, kw);
    if p.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 arguments ({} given)",
            p.pos.len()
        )));
    }
    let (Some(a), Some(x)) = (p.arg_or_kw(0, "a"), p.arg_or_kw(1, "x")) else {
        let missing = if p.arg_or_kw(0, "a").is_none() {
            "'a' (pos 1)"
        } else {
            "'x' (pos 2)"
        };
        return Err(vm.type_error(format!("{name}() missing required argument {missing}")));
    };
    let lo = match p.arg_or_kw(2, "lo") {
        Some(v) => crate::native::ssize_arg(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match p.arg_or_kw(3, "hi") {
        Some(v) if !v.is_none() => crate::native::ssize_arg(vm, &v)?,
        _ => vm.len(&a)? as i64,
    };
    let key = p.kw("key").unwrap_or(Value::None);
    Ok(Search { a, x, lo, hi, key })
}

/// The insertion point: after equal items when `right`, before them otherwise.
fn search(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (s.lo, s.hi);
    while lo < hi {
        // lo + hi cannot overflow: both are at most isize::MAX.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = vm.get_item(&s.a, &Value::Int(mid))?;
        if !s.key.is_none() {
            item = vm.call(&s.key, &[item], &[])?;
        }
        let go_left = if right {
            vm.less_than(x, &item)?
        } else {
            !vm.less_than(&item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, args, kw, name)?;
    let x = s.x.clone();
    Ok(Value::Int(search(vm, &s, &x, right)?))
}

fn insort(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, args, kw, name)?;
    let k = if s.key.is_none() {
        s.x.clone()
    } else {
        vm.call(&s.key, &[s.x.clone()], &[])?
    };
    let at = search(vm, &s, &k, right)?;
    if let Value::List(l) = &s.a {
        let mut l = l.borrow_mut();
        let at = (at as usize).min(l.len());
        l.insert(at, s.x.clone());
        return Ok(Value::None);
    }
    let insert = vm.get_attr_str(&s.a, "insert")?;
    vm.call(&insert, &[Value::Int(at), s.x.clone()], &[])?;
    Ok(Value::None)
}
