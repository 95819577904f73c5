//! The `_sre` module: the regular-expression engine under CPython's pure-Python `re` package.
//!
//! `re._compiler` turns a pattern into a list of SRE code words and calls `_sre.compile`, which
//! makes a `Pattern`; matching interprets those words (`engine.rs`). Strings are matched by
//! code point (a `str` becomes a `Vec<u32>` of its characters, `bytes` one of its bytes).
//! Replacement templates with backslashes are expanded by `re._subx`/`re._expand`, as in CPython.

#[cfg(test)]
mod cases;
mod chars;
mod constants;
mod engine;
mod matchobj;
mod pattern;
#[cfg(test)]
mod tests;

use constants::*;
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native;
use ferropy_vm::types::PyType;
use ferropy_vm::value::{BuiltinFunction, NativeFn, PyModule, Value};
use ferropy_vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The classes `_sre` creates: `re.Pattern`, `re.Match` and `_sre.SRE_Scanner`.
#[derive(Clone)]
struct Types {
    pattern: Rc<PyType>,
    matchobj: Rc<PyType>,
    scanner: Rc<PyType>,
}

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
}

fn types(vm: &Vm) -> Types {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = Types {
        pattern: pattern::make_type(vm),
        matchobj: matchobj::make_type(vm),
        scanner: matchobj::make_scanner_type(vm),
    };
    TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// A builtin class with native methods and read-only properties.
fn make_class(
    vm: &Vm,
    name: &str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
    props: &[(&'static str, NativeFn)],
) -> Rc<PyType> {
    let class = PyType::new(name, vec![vm.types.object.clone()], false);
    *class.module.borrow_mut() = module.into();
    for (n, func) in methods {
        let f = BuiltinFunction {
            name: n,
            func: *func,
            bound: None,
            owner: Some("re"),
        };
        class.dict.set_str(n, Value::Builtin(Rc::new(f)));
    }
    for (n, func) in props {
        let p = ferropy_vm::value::Property {
            getter: native(n, *func),
            setter: Value::None,
            deleter: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(n.to_string())),
        };
        class.dict.set_str(n, Value::Property(Rc::new(p)));
    }
    class
}

/// Wraps native data in an instance of `class` (the data sits in its `base_value`).
fn wrap<T: 'static>(class: &Rc<PyType>, data: Rc<T>) -> Value {
    let inst = ferropy_vm::value::PyInstance::new(class.clone());
    *inst.extra().base_value.borrow_mut() = Value::Opaque(Rc::new(Box::new(data)));
    Value::Instance(Rc::new(inst))
}

/// The native data of a `wrap`ped value, if it holds a `T`.
fn unwrap<T: 'static>(v: &Value) -> Option<Rc<T>> {
    let Value::Instance(i) = v else {
        return None;
    };
    let b = i.base_value().borrow();
    let Value::Opaque(o) = &*b else {
        return None;
    };
    o.downcast_ref::<Rc<T>>().cloned()
}

/// The `self` argument of a method, as native data.
fn this<T: 'static>(vm: &Vm, args: &[Value], what: &str) -> PyResult<Rc<T>> {
    args.first()
        .and_then(unwrap::<T>)
        .ok_or_else(|| vm.type_error(format!("descriptor requires a '{what}' object")))
}

/// An int argument (bools and int subclasses such as `re.RegexFlag` included).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = ferropy_vm::int::as_i64(v) {
        return Ok(i);
    }
    if let Value::BigInt(b) = v {
        use num_bigint::Sign;
        return Ok(if b.sign() == Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    if let Value::Instance(i) = v {
        let base = i.base_value().borrow().clone();
        if let Some(n) = ferropy_vm::int::as_i64(&base) {
            return Ok(n);
        }
        if let Some(index) = vm.lookup_special(v, "__index__") {
            let r = vm.call_method_value(&index, v, &[], &[])?;
            return int_arg(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

thread_local! {
    /// The last large immutable subject converted, kept (with the object, so that its address
    /// stays unique) so that a tokenizer calling `p.match(text, pos)` in a loop converts the
    /// text once rather than at every call.
    static LAST_TEXT: RefCell<Option<(Value, Rc<Vec<u32>>, bool)>> = const { RefCell::new(None) };
}

/// Subjects at least this long go through `LAST_TEXT`.
const CACHE_FROM: usize = 256;

/// The code points (or bytes) of a subject string, and whether it is bytes-like.
fn text_of(vm: &Vm, v: &Value) -> PyResult<(Rc<Vec<u32>>, bool)> {
    let large = match v {
        Value::Str(s) => s.s.len() >= CACHE_FROM,
        Value::Bytes(b) => b.len() >= CACHE_FROM,
        _ => false,
    };
    if !large {
        return convert(vm, v);
    }
    let hit = LAST_TEXT.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _, _)| k.is(v))
            .map(|(_, t, b)| (t.clone(), *b))
    });
    if let Some(hit) = hit {
        return Ok(hit);
    }
    let (t, b) = convert(vm, v)?;
    LAST_TEXT.with(|c| *c.borrow_mut() = Some((v.clone(), t.clone(), b)));
    Ok((t, b))
}

fn convert(vm: &Vm, v: &Value) -> PyResult<(Rc<Vec<u32>>, bool)> {
    match v {
        Value::Str(s) => Ok((Rc::new(str_points(s.as_str(), s.ascii)), false)),
        Value::Bytes(b) => Ok((Rc::new(b.iter().map(|&c| c as u32).collect()), true)),
        Value::ByteArray(b) => Ok((
            Rc::new(b.borrow().iter().map(|&c| c as u32).collect()),
            true,
        )),
        Value::Instance(i) => {
            let base = i.base_value().borrow().clone();
            match base {
                Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => text_of(vm, &base),
                _ => match crate::memview::bytes_of(v) {
                    Some(b) => Ok((Rc::new(b.iter().map(|&c| c as u32).collect()), true)),
                    None => Err(not_a_string(vm, v)),
                },
            }
        }
        _ => Err(not_a_string(vm, v)),
    }
}

fn not_a_string(vm: &Vm, v: &Value) -> ferropy_vm::exceptions::PyErr {
    vm.type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(v)
    ))
}

fn str_points(s: &str, ascii: bool) -> Vec<u32> {
    if ascii {
        s.bytes().map(u32::from).collect()
    } else {
        s.chars().map(u32::from).collect()
    }
}

/// `text[a..b]` as a value of the subject's kind.
fn slice(text: &[u32], is_bytes: bool, a: usize, b: usize) -> Value {
    let part = &text[a.min(b)..b];
    if is_bytes {
        Value::Bytes(Rc::new(part.iter().map(|&c| c as u8).collect()))
    } else {
        Value::str(
            part.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect::<String>(),
        )
    }
}

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    dict.set_str("__name__", Value::str("_sre"));
    dict.set_str("MAGIC", Value::Int(MAGIC));
    dict.set_str("CODESIZE", Value::Int(CODESIZE));
    dict.set_str("MAXREPEAT", Value::Int(i64::from(MAXREPEAT)));
    dict.set_str("MAXGROUPS", Value::Int(MAXGROUPS));
    dict.set_str(
        "copyright",
        Value::str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    let funcs: &[(&'static str, NativeFn)] = &[
        ("compile", pattern::compile),
        ("getcodesize", |_, _, _| Ok(Value::Int(CODESIZE))),
        ("ascii_iscased", |vm, a, k| {
            char_fn(vm, a, k, |c| chars::ascii_iscased(c).into())
        }),
        ("unicode_iscased", |vm, a, k| {
            char_fn(vm, a, k, |c| chars::unicode_iscased(c).into())
        }),
        ("ascii_tolower", |vm, a, k| {
            char_fn(vm, a, k, |c| chars::lower_ascii(c).into())
        }),
        ("unicode_tolower", |vm, a, k| {
            char_fn(vm, a, k, |c| chars::lower_unicode(c).into())
        }),
    ];
    for (name, f) in funcs {
        dict.set_str(name, native(name, *f));
    }
    let t = types(vm);
    dict.set_str("SRE_Scanner", Value::Type(t.scanner));
    Value::Module(Rc::new(PyModule {
        name: "_sre".into(),
        dict,
    }))
}

enum CharOut {
    Bool(bool),
    Int(u32),
}

impl From<bool> for CharOut {
    fn from(b: bool) -> Self {
        CharOut::Bool(b)
    }
}

impl From<u32> for CharOut {
    fn from(c: u32) -> Self {
        CharOut::Int(c)
    }
}

/// `_sre.ascii_iscased(ch)` and friends: a function of one code point.
fn char_fn(vm: &mut Vm, args: &[Value], kw: &[Value], f: fn(u32) -> CharOut) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "character function", 1)?;
    let c = int_arg(vm, &a[0])?;
    let c = u32::try_from(c).unwrap_or(u32::MAX);
    Ok(match f(c) {
        CharOut::Bool(b) => Value::Bool(b),
        CharOut::Int(i) => Value::Int(i64::from(i)),
    })
}
