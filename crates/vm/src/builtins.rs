//! The `builtins` module: builtin functions, and installing every builtin type, exception class
//! and method into the VM at start-up.

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::int::to_bigint;
use crate::iter::{new_iter, IterState};
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::rc::Rc;

/// Creates a builtin function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        bound: None,
        owner: None,
    }))
}

/// Sets up the builtins namespace.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    // Only the types the builtins module names; the others (function, NoneType, the iterator
    // types, ...) are reachable through type() alone, as in CPython.
    const PUBLIC: &[&str] = &[
        "object",
        "type",
        "int",
        "bool",
        "float",
        "complex",
        "str",
        "bytes",
        "bytearray",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "slice",
        "property",
        "staticmethod",
        "classmethod",
        "super",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "memoryview",
    ];
    for (name, t) in vm.types.all() {
        if PUBLIC.contains(&name) {
            b.set_str(name, Value::Type(t));
        }
    }
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    for (name, t) in vm.types.exceptions.clone() {
        b.set_str(name, Value::Type(t));
    }
    b.set_str(
        "EnvironmentError",
        Value::Type(vm.types.exceptions["OSError"].clone()),
    );
    b.set_str(
        "IOError",
        Value::Type(vm.types.exceptions["OSError"].clone()),
    );
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__debug__", Value::Bool(true));
    for (name, f) in FUNCTIONS {
        b.set_str(name, native(name, *f));
    }
    crate::methods::install(vm);
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("sorted", sorted),
    ("iter", iter),
    ("next", next),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("id", id),
    ("hash", hash),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("any", any),
    ("all", all),
    ("format", format),
    ("globals", crate::evalexec::globals),
    ("locals", crate::evalexec::locals),
    ("vars", crate::evalexec::vars),
    ("eval", crate::evalexec::eval),
    ("exec", crate::evalexec::exec),
    ("compile", crate::evalexec::compile),
    ("open", crate::fileio::open),
    ("<match_sequence>", crate::matching::match_sequence),
    ("<await>", crate::generator::await_iter),
    ("<eg_match>", crate::excgroup::eg_match),
    ("<aiter>", crate::asyncproto::aiter),
    ("aiter", crate::asyncproto::builtin_aiter),
    ("anext", crate::asyncproto::builtin_anext),
    ("<anext>", crate::asyncproto::anext),
    ("<async_enter>", crate::asyncproto::async_enter),
    ("<eg_prep>", crate::excgroup::eg_prep),
    ("<match_mapping>", crate::matching::match_mapping),
    ("<match_class>", crate::matching::match_class),
    ("dir", dir),
    ("input", input),
    ("exit", exit),
    ("quit", exit),
    ("__build_class__", crate::classes::build_class),
    ("__import__", crate::import::import_builtin),
];

fn print(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // Output shows order: generators dropped before this print are closed before it.
    vm.check_signals()?;
    let a = Args::new(args, kwnames);
    for k in kwnames {
        let k = k.as_str().unwrap_or("");
        if !matches!(k, "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
        }
    }
    let sep = match a.kw("sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let end = match a.kw("end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(&v)
            )))
        }
    };
    let file = a.kw("file").filter(|f| !f.is_none());
    match &file {
        None => {
            let mut out = String::new();
            for (i, v) in a.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.str(v)?);
            }
            out.push_str(&end);
            vm.print_stdout(&out)?
        }
        Some(f) => {
            // A file object gets each piece in its own write() call, as CPython does.
            let write = vm.get_attr_str(f, "write")?;
            for (i, v) in a.pos.iter().enumerate() {
                if i > 0 {
                    vm.call(&write, &[Value::str(sep.as_str())], &[])?;
                }
                let text = vm.str(v)?;
                vm.call(&write, &[Value::str(text)], &[])?;
            }
            vm.call(&write, &[Value::str(end.as_str())], &[])?;
        }
    }
    let flush = match a.kw("flush") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if flush {
        match &file {
            None => vm.flush_stdout()?,
            Some(f) => {
                let flush = vm.get_attr_str(f, "flush")?;
                vm.call(&flush, &[], &[])?;
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "len", 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "repr", 1)?;
    Ok(Value::str(vm.repr(&a[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "ascii", 1)?;
    Ok(Value::str(vm.ascii(&a[0])?))
}

fn abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "abs", 1)?;
    Ok(match &a[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        },
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::BigInt(b) => Value::from_bigint(b.magnitude().clone().into()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(c.0.hypot(c.1)),
        v @ Value::Instance(_) => match vm.lookup_special(v, "__abs__") {
            Some(m) => return vm.call_method_value(&m, v, &[], &[]),
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
                )
            }
        },
        v => {
            return Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
        }
    })
}

/// `min` and `max`: one iterable or several arguments, with `key=` and `default=`.
fn extreme(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    want_less: bool,
) -> PyResult<Value> {
    let a = Args::new(args, kw);
    for k in kw {
        let k = k.as_str().unwrap_or("");
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    if a.pos.len() > 1 && a.kw("default").is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = a.kw("key").filter(|k| !k.is_none());
    let items = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a.pos[0])?,
        _ => a.pos.to_vec(),
    };
    if items.is_empty() {
        return match a.kw("default") {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, &[best.clone()], &[])?,
        None => best.clone(),
    };
    for item in items.into_iter().skip(1) {
        let k = match &key {
            Some(f) => vm.call(f, &[item.clone()], &[])?,
            None => item.clone(),
        };
        let better = if want_less {
            vm.less_than(&k, &best_key)?
        } else {
            vm.greater_than(&k, &best_key)?
        };
        if better {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    extreme(vm, args, kw, "min", true)
}

fn max(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    extreme(vm, args, kw, "max", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut total = a.arg_or_kw(1, "start").unwrap_or(Value::Int(0));
    match total {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Value::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let Some(iterable) = a.pos.first() else {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        total = match (&total, &v) {
            (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => Value::Int(x + y),
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            _ => vm.binary_op(ferropy_bytecode::BinaryOperator::Add as u8, &total, &v)?,
        };
    }
    Ok(total)
}

/// `isinstance(obj, classinfo)` as a bool.
pub fn is_instance(vm: &mut Vm, obj: &Value, info: &Value) -> PyResult<bool> {
    match info {
        Value::Type(t) => {
            let ty = vm.type_of(obj);
            if ty.is_subtype(t) {
                return Ok(true);
            }
            // A metaclass's `__instancecheck__` (ABCMeta: registered virtual subclasses).
            match vm.meta_special(info, "__instancecheck__") {
                Some(check) => {
                    let r = vm.call_method_value(&check, info, &[obj.clone()], &[])?;
                    vm.truthy(&r)
                }
                None => Ok(false),
            }
        }
        Value::Tuple(items) => {
            for i in items.iter() {
                if is_instance(vm, obj, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            match vm.lookup_special(info, "__instancecheck__") {
                Some(check) => {
                    let r = vm.call_method_value(&check, info, &[obj.clone()], &[])?;
                    vm.truthy(&r)
                }
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "isinstance", 2)?;
    Ok(Value::Bool(is_instance(vm, &a[0], &a[1])?))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "issubclass", 2)?;
    Ok(Value::Bool(is_subclass(vm, &a[0], &a[1])?))
}

/// `issubclass(cls, classinfo)` as a bool (tuples may nest).
fn is_subclass(vm: &mut Vm, cls: &Value, info: &Value) -> PyResult<bool> {
    let Value::Type(t) = cls else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let infos = match info {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for info in infos {
        if let Value::Tuple(_) = info {
            if is_subclass(vm, cls, &info)? {
                return Ok(true);
            }
            continue;
        }
        // A `__subclasscheck__` of the metaclass (ABCMeta) or of the object decides.
        let check = match &info {
            Value::Type(_) => vm.meta_special(&info, "__subclasscheck__"),
            _ => vm.lookup_special(&info, "__subclasscheck__"),
        };
        if let Some(check) = check {
            let r = vm.call_method_value(&check, &info, &[cls.clone()], &[])?;
            if vm.truthy(&r)? {
                return Ok(true);
            }
            continue;
        }
        match info {
            Value::Type(c) if t.is_subtype(&c) => return Ok(true),
            Value::Type(_) => {}
            _ => {
                return Err(vm.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        }
    }
    Ok(false)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(iterable) = a.pos.first() else {
        return Err(vm.type_error("sorted expected 1 argument, got 0"));
    };
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    for k in kw {
        let k = k.as_str().unwrap_or("");
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let items = vm.collect(iterable)?;
    let list = Value::list(items);
    crate::methods::sort_list(vm, &list, a.kw("key"), a.kw("reverse"))?;
    Ok(list)
}

fn iter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    match a.pos {
        [v] => vm.get_iter(v),
        [f, sentinel] => {
            if !vm.is_callable(f) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable {
                func: f.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        [] => Err(vm.type_error("iter expected at least 1 argument, got 0")),
        _ => Err(vm.type_error(format!(
            "iter expected at most 2 arguments, got {}",
            a.pos.len()
        ))),
    }
}

fn next(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(it) = a.pos.first() else {
        return Err(vm.type_error("next expected at least 1 argument, got 0"));
    };
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "next expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match crate::generator::send(vm, &g, Value::None, None) {
            Err(e) if e.matches(vm, "StopIteration") && a.pos.len() > 1 => Ok(a.pos[1].clone()),
            other => other,
        };
    }
    if !matches!(it, Value::Iterator(_) | Value::Instance(_)) {
        return Err(vm.not_supported(it, "is not an iterator"));
    }
    // A class's __next__: its own StopIteration (with its arguments) propagates.
    if let (Value::Instance(_), Some(m)) = (it, vm.lookup_special(it, "__next__")) {
        return match vm.call_method_value(&m, it, &[], &[]) {
            Err(e) if e.matches(vm, "StopIteration") && a.pos.len() > 1 => Ok(a.pos[1].clone()),
            other => other,
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.err("StopIteration", "").with_no_args()),
        },
    }
}

fn chr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "chr", 1)?;
    // The argument is a C int in CPython.
    let Some(i) = num_traits::ToPrimitive::to_i32(&vm.index_bigint(&a[0])?) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::char(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "ord", 1)?;
    match &a[0] {
        Value::Str(s) => {
            let mut chars = s.s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = crate::bytes_methods::bytes_like(&a[0]).unwrap_or_default();
            match b.as_slice() {
                [x] => Ok(Value::Int(i64::from(*x))),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))),
            }
        }
        v => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn radix(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, name, 1)?;
    let b = vm.index_bigint(&a[0])?;
    Ok(Value::str(
        crate::numfmt::format_int(&b, spec).map_err(|e| vm.fmt_error(e))?,
    ))
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "hex", "#x")
}

fn oct(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "oct", "#o")
}

fn bin(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(vm, args, kw, "bin", "#b")
}

/// round()'s ndigits: an index, clamped (a huge ndigits means "no rounding" or "zero").
fn ndigits_arg(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    use num_traits::{Signed, ToPrimitive};
    let b = vm.index_bigint(n)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { -(1 << 40) } else { 1 << 40 })
        .clamp(-(1 << 40), 1 << 40))
}

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(x) = a.pos.first() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = a.arg_or_kw(1, "ndigits").filter(|v| !v.is_none());
    match (x, ndigits) {
        (Value::Float(f), None) => crate::ops::float_to_int(vm, crate::numfmt::round_half_even(*f)),
        (Value::Float(f), Some(n)) => {
            let n = ndigits_arg(vm, &n)?;
            crate::numfmt::float_round_checked(*f, n)
                .map(Value::Float)
                .map_err(|e| vm.fmt_error(e))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            Ok(Value::from_bigint(to_bigint(x).unwrap_or_default()))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            let n = ndigits_arg(vm, &n)?;
            if n >= 0 {
                return Ok(Value::from_bigint(to_bigint(x).unwrap_or_default()));
            }
            let v = to_bigint(x).unwrap_or_default();
            let p = num_traits::pow(num_bigint::BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        (v @ Value::Instance(_), n) => match vm.lookup_special(v, "__round__") {
            Some(m) => {
                let args: Vec<Value> = n.into_iter().collect();
                vm.call_method_value(&m, v, &args, &[])
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            ))),
        },
        (v, _) => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    use ferropy_bytecode::BinaryOperator as B;
    let a = Args::new(args, kw).exact(vm, "divmod", 2)?;
    let number = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    if !(number(&a[0]) && number(&a[1])) {
        // `__divmod__`, then the other operand's `__rdivmod__`.
        for (x, name, y) in [(&a[0], "__divmod__", &a[1]), (&a[1], "__rdivmod__", &a[0])] {
            if let Some(m) = vm.lookup_special(x, name) {
                let r = vm.call_method_value(&m, x, &[y.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a[0]),
            vm.type_name(&a[1])
        )));
    }
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&a[0], &a[1]) {
        let x = crate::methods::to_f64(vm, &a[0])?;
        let y = crate::methods::to_f64(vm, &a[1])?;
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = crate::ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = vm.binary_op(B::FloorDiv as u8, &a[0], &a[1])?;
    let r = vm.binary_op(B::Mod as u8, &a[0], &a[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if !kw.is_empty() {
        // pow(base, exp, mod=None) by keyword: gather the positions, then as below.
        let mut pos = Vec::new();
        for (i, name) in ["base", "exp", "mod"].iter().enumerate() {
            match a.arg_or_kw(i, name) {
                Some(v) => pos.push(v),
                None if i == 2 => {}
                None => {
                    return Err(vm.type_error(format!(
                        "pow() missing required argument '{name}' (pos {})",
                        i + 1
                    )))
                }
            }
        }
        return pow(vm, &pos, &[]);
    }
    match a.pos {
        [x, y] => vm.binary_op(ferropy_bytecode::BinaryOperator::Pow as u8, x, y),
        [x, y, m] if !m.is_none() => match (to_bigint(x), to_bigint(y), to_bigint(m)) {
            (Some(x), Some(y), Some(m)) => crate::int::int_pow_mod(vm, &x, &y, &m),
            _ => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
        },
        [x, y, _] => vm.binary_op(ferropy_bytecode::BinaryOperator::Pow as u8, x, y),
        _ => Err(vm.type_error(format!(
            "pow expected 2 or 3 arguments, got {}",
            a.pos.len()
        ))),
    }
}

fn id(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "id", 1)?;
    let p = match &a[0] {
        Value::Int(i) => (*i as usize)
            .wrapping_mul(16)
            .wrapping_add(0x7f00_0000_0000),
        v => v.heap_ptr().unwrap_or(0x7f00_0000_0010),
    };
    Ok(Value::Int(p as i64))
}

fn hash(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "hash", 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn callable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "callable", 1)?;
    Ok(Value::Bool(vm.is_callable(&a[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::Type(_)
            | Value::StaticMethod(_) => true,
            Value::Instance(_) => self.lookup_special(v, "__call__").is_some(),
            _ => false,
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Rc<crate::value::PyStr>> {
    match v {
        Value::Str(s) => Ok(vm.intern(s.as_str())),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() < 2 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            a.pos.len()
        )));
    }
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at most 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let name = attr_name(vm, &a.pos[1])?;
    match vm.get_attr(&a.pos[0], &name) {
        Err(e) if a.pos.len() > 2 && e.matches(vm, "AttributeError") => Ok(a.pos[2].clone()),
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "setattr", 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "hasattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches(vm, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "delattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

fn any(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "any", 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "all", 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error("format expected at least 1 argument, got 0"));
    };
    let spec = a
        .pos
        .get(1)
        .and_then(|s| s.as_str())
        .unwrap_or("")
        .to_string();
    Ok(Value::str(vm.format(v, &spec)?))
}

fn dir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &crate::dict::PyDict| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.s.to_string());
            }
        }
    };
    // Attributes that live outside the dicts: `__class__` everywhere, and `__dict__` and
    // `__weakref__` on classes whose instances have a dict.
    let mut extra: Vec<&str> = Vec::new();
    let class_extras = |t: &crate::types::PyType, extra: &mut Vec<&str>| {
        extra.push("__class__");
        if t.is_heap && t.has_dict.get() {
            extra.extend(["__dict__", "__weakref__"]);
        }
    };
    match a.pos.first() {
        None => {
            let locals = vm.caller_locals();
            add_dict(&locals);
        }
        Some(Value::Module(m)) => add_dict(&m.dict),
        Some(Value::Instance(i)) => {
            if let Some(custom) = i
                .class
                .borrow()
                .lookup("__dir__")
                .filter(|d| !crate::classes::is_object_slot(&Some(d.clone())))
            {
                let v = a.pos[0].clone();
                let r = vm.call_method_value(&custom, &v, &[], &[])?;
                let mut items = vm.collect(&r)?;
                let list = Value::list(std::mem::take(&mut items));
                crate::methods::sort_list(vm, &list, None, None)?;
                return Ok(list);
            }
            if i.class.borrow().has_dict.get() {
                add_dict(&i.dict.as_dict());
            }
            for t in i.class.borrow().clone().mro() {
                add_dict(&t.dict);
                class_extras(&t, &mut extra);
            }
        }
        Some(Value::Type(t)) => {
            for t in t.mro() {
                add_dict(&t.dict);
                class_extras(&t, &mut extra);
            }
        }
        Some(v) => {
            for t in vm.type_of(v).mro() {
                add_dict(&t.dict);
            }
            extra.push("__class__");
        }
    }
    names.extend(extra.into_iter().map(str::to_string));
    // The hidden helpers of compiled `match` statements live in the builtins namespace.
    names.retain(|n| !n.starts_with('<'));
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn input(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.has_kwargs() {
        return Err(vm.type_error("input() takes no keyword arguments"));
    }
    a.range(vm, "input", 0, 1)?;
    if let Some(p) = a.pos.first() {
        let prompt = vm.str(p)?;
        vm.write_out(&prompt)?;
    }
    vm.flush_stdout()?;
    let line = vm.read_stdin_line()?;
    if line.is_empty() {
        return Err(vm.err("EOFError", "EOF when reading a line"));
    }
    Ok(Value::str(line.strip_suffix('\n').unwrap_or(&line)))
}

fn exit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let class = vm.types.exceptions["SystemExit"].clone();
    Err(vm.new_exception(&class, a.pos.to_vec()))
}

/// The `builtins` module: a module over the builtins namespace itself.
pub fn module(vm: &mut Vm) -> Value {
    let m = crate::value::PyModule {
        name: "builtins".into(),
        dict: vm.builtins.clone(),
    };
    Value::Module(Rc::new(m))
}

/// `range(...)`.
pub fn make_range(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // Machine-word bounds, the common case (`range(n)` in a loop), without big ints.
    let small = match args {
        [Value::Int(stop)] => Some((0, *stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if *step != 0 => {
            Some((*start, *stop, *step))
        }
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        let (lo, hi, st) = (i128::from(start), i128::from(stop), i128::from(step));
        let len = if st == 1 {
            (hi - lo).max(0) // no 128-bit division for the common step
        } else if st > 0 && lo < hi {
            (hi - lo - 1) / st + 1
        } else if st < 0 && lo > hi {
            (lo - hi - 1) / -st + 1
        } else {
            0
        };
        if len <= i128::from(i64::MAX) {
            return Ok(Value::Range(Rc::new(crate::value::PyRange::small(
                start, stop, step,
            ))));
        }
    }
    let mut ints = Vec::with_capacity(3);
    for a in args.iter().take(3) {
        ints.push(vm.index_bigint(a)?);
    }
    let (start, stop, step) = match (args.len(), ints.as_slice()) {
        (1, [stop]) => (0.into(), stop.clone(), 1.into()),
        (2, [start, stop]) => (start.clone(), stop.clone(), 1.into()),
        (3, [start, stop, step]) => (start.clone(), stop.clone(), step.clone()),
        (0, _) => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        (n, _) => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(crate::range_obj::make(
        start, stop, step,
    ))))
}

impl crate::exceptions::PyErr {
    /// The same exception with no arguments (`StopIteration()` rather than `StopIteration('')`).
    pub fn with_no_args(self) -> Self {
        self.exc.exc_state(|s| s.args.clear());
        self
    }
}
