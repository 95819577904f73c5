//! The `sys` module.

use crate::args::Args;
use crate::builtins::native;
use crate::exceptions::PyResult;
use crate::value::{PyModule, Value};
use crate::Vm;
use std::rc::Rc;

/// The cache tag of `.pyc` files: `__pycache__/NAME.ferropy-311.pyc`.
pub const CACHE_TAG: &str = "ferropy-311";
pub const VERSION: &str = "3.11.7 (ferropy 0.1.0)";

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(crate::dict::PyDict::new());
    dict.set_str("__name__", Value::str("sys"));
    let argv = vm
        .options
        .argv
        .iter()
        .map(|a| Value::str(a.clone()))
        .collect();
    dict.set_str("argv", Value::list(argv));
    let path = vm
        .options
        .path
        .iter()
        .map(|a| Value::str(a.clone()))
        .collect();
    dict.set_str("path", Value::list(path));
    dict.set_str("modules", Value::Dict(vm.modules.clone()));
    dict.set_str("maxsize", Value::Int(i64::MAX));
    dict.set_str("version", Value::str(VERSION));
    dict.set_str("platform", Value::str("linux"));
    dict.set_str("byteorder", Value::str("little"));
    dict.set_str(
        "executable",
        Value::str(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    dict.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    dict.set_str(
        "dont_write_bytecode",
        Value::Bool(vm.options.dont_write_bytecode),
    );
    let implementation = Rc::new(PyModule {
        name: "implementation".into(),
        dict: Rc::new(crate::dict::PyDict::new()),
    });
    implementation.dict.set_str("name", Value::str("ferropy"));
    implementation
        .dict
        .set_str("cache_tag", Value::str(CACHE_TAG));
    dict.set_str("implementation", Value::Module(implementation));
    crate::stdio::install(vm, &dict);
    crate::sys_extra::install(vm, &dict);
    for (name, f) in [
        ("exit", exit as crate::value::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("intern", intern),
        ("get_asyncgen_hooks", crate::asyncgen::get_hooks),
        ("set_asyncgen_hooks", crate::asyncgen::set_hooks),
    ] {
        dict.set_str(name, native(name, f));
    }
    Value::Module(Rc::new(PyModule {
        name: "sys".into(),
        dict,
    }))
}

fn exit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let class = vm.types.exceptions["SystemExit"].clone();
    Err(vm.new_exception(&class, a.pos.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(i64::from(vm.recursion_limit)))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first().and_then(crate::int::as_i64) {
        Some(n) if n >= 1 => {
            vm.recursion_limit = n.min(200_000) as u32;
            Ok(Value::None)
        }
        _ => Err(vm.value_error("recursion limit must be greater or equal than 1")),
    }
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = vm.handled.clone();
    Ok(match h {
        Value::Instance(ref i) => {
            let tb = vm.traceback_value(i);
            Value::tuple(vec![Value::Type(vm.type_of(&h)), h, tb])
        }
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn intern(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
