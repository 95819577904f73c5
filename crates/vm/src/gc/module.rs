//! `_gc`: the native side of the `gc` module (`gc.py` checks the arguments and keeps CPython's
//! signatures).

use crate::builtins::native;
use crate::dict::PyDict;
use crate::value::{NativeFn, PyModule, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

fn int(v: Option<&Value>) -> Option<usize> {
    match v {
        Some(Value::Int(i)) if *i >= 0 => Some(*i as usize),
        Some(Value::Bool(b)) => Some(usize::from(*b)),
        _ => None,
    }
}

fn tuple(items: &[usize]) -> Value {
    Value::tuple(items.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn collect(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let generation = int(args.first()).unwrap_or(2);
    Ok(Value::Int(super::collect(generation) as i64))
}

fn enable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::enable(int(args.first()) != Some(0));
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(super::is_enabled()))
}

fn get_count(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b, c) = super::count();
    Ok(tuple(&[a, b, c]))
}

fn get_threshold(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(tuple(&super::threshold()))
}

fn set_threshold(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut t = super::threshold();
    for (slot, v) in t.iter_mut().zip(args) {
        *slot = int(Some(v)).unwrap_or(0);
    }
    super::set_threshold(t);
    Ok(Value::None)
}

fn is_tracked(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(args.first().is_some_and(super::is_tracked)))
}

/// `(young collections, full collections, objects collected by each)`.
fn stats(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (n, found) = super::stats();
    Ok(tuple(&[n[0], n[1], found[0], found[1]]))
}

/// The `_gc` module.
pub fn make_module(_vm: &mut Vm) -> Value {
    let dict = Rc::new(PyDict::new());
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("is_tracked", is_tracked),
        ("stats", stats),
    ];
    for (name, f) in fns {
        dict.set_str(name, native(name, *f));
    }
    dict.set_str("__name__", Value::str("_gc"));
    Value::Module(Rc::new(PyModule {
        name: "_gc".into(),
        dict,
    }))
}
