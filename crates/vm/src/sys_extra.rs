//! More of the `sys` module: the attributes that CPython's pure-Python standard library reads
//! at import time (`flags`, `builtin_module_names`, `hexversion`, `float_info`, ...) and
//! `_getframe`.

use crate::builtins::native;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::types::PyType;
use crate::value::{PyInstance, Value};
use crate::Vm;
use std::rc::Rc;

/// An instance of a plain class named `name` (module `sys`) with the given attributes: for
/// CPython's struct sequences (`sys.flags`, `sys.float_info`), read by attribute.
fn record(vm: &Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let class = PyType::new(name, vec![vm.types.object.clone()], false);
    *class.module.borrow_mut() = "sys".into();
    class.has_dict.set(true);
    let inst = PyInstance::new(class);
    for (k, v) in fields {
        inst.dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(inst))
}

pub fn install(vm: &mut Vm, dict: &Rc<PyDict>) {
    let mut names: Vec<&str> = vm.native_modules.keys().copied().collect();
    names.extend(vm.source_modules.keys().copied());
    names.push("posix");
    names.sort_unstable();
    names.dedup();
    let names = names.into_iter().map(Value::str).collect();
    dict.set_str("builtin_module_names", Value::tuple(names));
    dict.set_str("hexversion", Value::Int(0x030b07f0));
    dict.set_str("api_version", Value::Int(1013));
    dict.set_str("maxunicode", Value::Int(0x10ffff));
    dict.set_str("float_repr_style", Value::str("short"));
    dict.set_str("abiflags", Value::str(""));
    dict.set_str("platlibdir", Value::str("lib"));
    dict.set_str("copyright", Value::str("Copyright (c) ferropy authors."));
    dict.set_str("warnoptions", Value::list(Vec::new()));
    dict.set_str("_xoptions", Value::Dict(Rc::new(PyDict::new())));
    dict.set_str("meta_path", Value::list(Vec::new()));
    dict.set_str("path_hooks", Value::list(Vec::new()));
    dict.set_str("path_importer_cache", Value::Dict(Rc::new(PyDict::new())));
    dict.set_str("pycache_prefix", Value::None);
    let prefix = vm
        .options
        .stdlib
        .as_ref()
        .and_then(|p| {
            p.parent()?
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "/usr".into());
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        dict.set_str(name, Value::str(prefix.clone()));
    }
    let argv = dict.get_str("argv").unwrap_or(Value::None);
    dict.set_str("orig_argv", argv);
    let b = |x: bool| Value::Int(x as i64);
    let flags = record(
        vm,
        "flags",
        &[
            ("debug", Value::Int(0)),
            ("inspect", Value::Int(0)),
            ("interactive", Value::Int(0)),
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", b(vm.options.dont_write_bytecode)),
            ("no_user_site", Value::Int(0)),
            ("no_site", Value::Int(0)),
            ("ignore_environment", Value::Int(0)),
            ("verbose", b(vm.options.verbose)),
            ("bytes_warning", Value::Int(0)),
            ("quiet", Value::Int(0)),
            ("hash_randomization", Value::Int(0)),
            ("isolated", Value::Int(0)),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", Value::Int(0)),
            ("warn_default_encoding", Value::Int(0)),
            ("safe_path", Value::Bool(false)),
            ("int_max_str_digits", Value::Int(-1)),
        ],
    );
    dict.set_str("flags", flags);
    let float_info = record(
        vm,
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    dict.set_str("float_info", float_info);
    let int_info = record(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    dict.set_str("int_info", int_info);
    let hash_info = record(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    dict.set_str("hash_info", hash_info);
    for (name, f) in [
        ("getfilesystemencoding", utf8 as crate::value::NativeFn),
        ("getdefaultencoding", utf8),
        ("getfilesystemencodeerrors", surrogateescape),
        ("_getframe", getframe),
        ("getrefcount", getrefcount),
        ("getsizeof", getsizeof),
        ("is_finalizing", false_),
        ("audit", none),
        ("addaudithook", none),
        ("settrace", none),
        ("setprofile", none),
        ("gettrace", none),
        ("getprofile", none),
        ("exception", exception),
        ("get_int_max_str_digits", int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getswitchinterval", switch_interval),
        ("setswitchinterval", none),
        ("call_tracing", call_tracing),
        ("excepthook", excepthook),
        ("__excepthook__", excepthook),
        ("displayhook", displayhook),
        ("__displayhook__", displayhook),
        ("unraisablehook", none),
    ] {
        dict.set_str(name, native(name, f));
    }
}

fn utf8(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn surrogateescape(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str("surrogateescape"))
}

fn none(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn false_(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn int_max_str_digits(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(crate::numfmt::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 lifts the limit, else at least 640.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::args::Args::new(args, kw);
    let Some(v) = a.arg_or_kw(0, "maxdigits") else {
        let msg = "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)";
        return Err(vm.type_error(msg));
    };
    let n = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(&v, "int")?,
        _ => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&v)
            );
            return Err(vm.type_error(msg));
        }
    };
    if n != 0 && !(640..=i64::from(i32::MAX)).contains(&n) {
        return Err(vm.err("ValueError", "maxdigits must be 0 or larger than 640"));
    }
    crate::numfmt::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn switch_interval(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Float(0.005))
}

fn getrefcount(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Instance(r)) => Rc::strong_count(r),
        Some(Value::List(r)) => Rc::strong_count(r),
        Some(Value::Dict(r)) => Rc::strong_count(r),
        _ => 2,
    };
    Ok(Value::Int(n as i64 + 1))
}

fn getsizeof(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // Rough sizes after CPython's object layouts.
    let n = match args.first() {
        Some(Value::Str(s)) => 49 + s.s.len(),
        Some(Value::Bytes(b)) => 33 + b.len(),
        Some(Value::List(l)) => 56 + 8 * l.borrow().len(),
        Some(Value::Tuple(t)) => 40 + 8 * t.len(),
        Some(Value::Int(_)) | Some(Value::Bool(_)) => 28,
        Some(Value::Float(_)) => 24,
        _ => 48,
    };
    Ok(Value::Int(n as i64))
}

fn exception(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match &vm.handled {
        h @ Value::Instance(_) => h.clone(),
        _ => Value::None,
    })
}

fn call_tracing(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = args.first().cloned().unwrap_or(Value::None);
    let a: Vec<Value> = match args.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    vm.call(&f, &a, &[])
}

/// `sys._getframe([depth])`: a snapshot of a running frame (`f_globals`, `f_locals`,
/// `f_code`, `f_lineno`, `f_back` as None): what the standard library reads (the caller's
/// module name in `namedtuple`, `enum`, `typing`).
fn getframe(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let depth = args.first().and_then(crate::int::as_i64).unwrap_or(0);
    let Some(snap) = vm.frame_snapshot(depth.max(0) as usize) else {
        return Err(vm.value_error("call stack is not deep enough"));
    };
    let (globals, locals, code, line) = snap;
    Ok(frame_record(vm, globals, locals, code, line))
}

/// A frame snapshot object (`f_globals`, `f_locals`, `f_code`, `f_lineno`, `f_back` None).
pub(crate) fn frame_record(
    vm: &Vm,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    code: Value,
    line: u32,
) -> Value {
    record(
        vm,
        "frame",
        &[
            ("f_globals", Value::Dict(globals)),
            ("f_locals", Value::Dict(locals)),
            ("f_code", code),
            ("f_lineno", Value::Int(line as i64)),
            ("f_back", Value::None),
            ("f_builtins", Value::Dict(vm.builtins.clone())),
        ],
    )
}

/// `sys.excepthook(type, value, traceback)`: `traceback.print_exception`.
fn excepthook(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let tb = vm.import_dotted("traceback")?;
    let f = vm.get_attr_str(&tb, "print_exception")?;
    vm.call(&f, args, &[])?;
    Ok(Value::None)
}

/// `sys.displayhook(value)`: prints the repr of a value that is not None and keeps it as `_`.
fn displayhook(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    let text = vm.repr(&v)?;
    let print = vm.builtins.get_str("print").unwrap_or(Value::None);
    vm.call(&print, &[Value::str(text)], &[])?;
    vm.builtins.set_str("_", v);
    Ok(Value::None)
}
