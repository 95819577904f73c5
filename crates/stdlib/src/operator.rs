//! The `_operator` module: the operators as functions (through the VM's own operator paths)
//! and the `itemgetter`, `attrgetter` and `methodcaller` classes. `operator.py` keeps its pure
//! versions of anything not defined here.

use crate::native::{self, ClassSpec};
use ferropy_bytecode::{BinaryOperator as B, CompareOperator as C, UnaryOperator as U};
use ferropy_vm::args::Args;
use ferropy_vm::builtins::native as func;
use ferropy_vm::value::{NativeFn, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

const INPLACE: u8 = 16;

macro_rules! binops {
    ($($name:literal => $op:expr, $inplace:expr);* $(;)?) => {
        &[$(($name, |vm, a, k| binary(vm, a, k, $name, $op as u8 + if $inplace { INPLACE } else { 0 }))),*]
    };
}

const BINARY: &[(&str, NativeFn)] = binops! {
    "add" => B::Add, false; "sub" => B::Sub, false; "mul" => B::Mul, false;
    "truediv" => B::TrueDiv, false; "floordiv" => B::FloorDiv, false; "mod" => B::Mod, false;
    "pow" => B::Pow, false; "lshift" => B::LShift, false; "rshift" => B::RShift, false;
    "and_" => B::And, false; "or_" => B::Or, false; "xor" => B::Xor, false;
    "matmul" => B::MatMul, false;
    "iadd" => B::Add, true; "isub" => B::Sub, true; "imul" => B::Mul, true;
    "itruediv" => B::TrueDiv, true; "ifloordiv" => B::FloorDiv, true; "imod" => B::Mod, true;
    "ipow" => B::Pow, true; "ilshift" => B::LShift, true; "irshift" => B::RShift, true;
    "iand" => B::And, true; "ior" => B::Or, true; "ixor" => B::Xor, true;
    "imatmul" => B::MatMul, true;
};

macro_rules! cmpops {
    ($($name:literal => $op:expr),* $(,)?) => {
        &[$(($name, |vm, a, k| compare(vm, a, k, $name, $op))),*]
    };
}

const COMPARE: &[(&str, NativeFn)] = cmpops! {
    "lt" => C::Lt, "le" => C::Le, "eq" => C::Eq, "ne" => C::Ne, "gt" => C::Gt, "ge" => C::Ge,
};

const OTHER: &[(&str, NativeFn)] = &[
    ("neg", |vm, a, k| unary(vm, a, k, "neg", U::Neg)),
    ("pos", |vm, a, k| unary(vm, a, k, "pos", U::Pos)),
    ("invert", |vm, a, k| unary(vm, a, k, "invert", U::Invert)),
    ("inv", |vm, a, k| unary(vm, a, k, "inv", U::Invert)),
    ("not_", |vm, a, k| unary(vm, a, k, "not_", U::Not)),
    ("truth", truth),
    ("abs", abs),
    ("index", index),
    ("is_", |vm, a, k| {
        Ok(Value::Bool(two(vm, a, k, "is_")?.0.is(&a[1])))
    }),
    ("is_not", |vm, a, k| {
        Ok(Value::Bool(!two(vm, a, k, "is_not")?.0.is(&a[1])))
    }),
    ("contains", contains),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("concat", |vm, a, k| concat(vm, a, k, "concat", false)),
    ("iconcat", |vm, a, k| concat(vm, a, k, "iconcat", true)),
    ("countOf", count_of),
    ("indexOf", index_of),
    ("_compare_digest", compare_digest),
];

static ITEMGETTER: ClassSpec = ClassSpec {
    module: "operator",
    name: "itemgetter",
    key: "operator.itemgetter",
    new: Some(itemgetter_new),
    methods: &[("__call__", getter_call), ("__repr__", getter_repr)],
    getters: &[],
    classmethods: &[],
};

static ATTRGETTER: ClassSpec = ClassSpec {
    module: "operator",
    name: "attrgetter",
    key: "operator.attrgetter",
    new: Some(attrgetter_new),
    methods: ITEMGETTER.methods,
    getters: &[],
    classmethods: &[],
};

static METHODCALLER: ClassSpec = ClassSpec {
    module: "operator",
    name: "methodcaller",
    key: "operator.methodcaller",
    new: Some(methodcaller_new),
    methods: ITEMGETTER.methods,
    getters: &[],
    classmethods: &[],
};

enum Getter {
    Items(Vec<Value>),
    /// Dotted names, split.
    Attrs(Vec<Vec<Value>>),
    Method {
        name: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
        kwvalues: Vec<Value>,
    },
}

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    for (name, f) in BINARY.iter().chain(COMPARE).chain(OTHER) {
        dict.set_str(name, func(name, *f));
    }
    for s in [&ITEMGETTER, &ATTRGETTER, &METHODCALLER] {
        dict.set_str(s.name, Value::Type(native::class(vm, s, None)));
    }
    dict.set_str(
        "__doc__",
        Value::str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    native::module("_operator", dict)
}

fn two<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &[Value],
    name: &str,
) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", args.len()))),
    }
}

fn one<'a>(vm: &Vm, args: &'a [Value], kw: &'a [Value], name: &str) -> PyResult<&'a Value> {
    Ok(&Args::new(args, kw).exact(vm, name, 1)?[0])
}

fn binary(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: u8) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, name)?;
    vm.binary_op(op, a, b)
}

fn compare(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: C) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, name)?;
    vm.compare(op as u8, a, b)
}

fn unary(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: U) -> PyResult<Value> {
    let v = one(vm, args, kw, name)?;
    vm.unary_op(op as u8, v)
}

fn truth(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, args, kw, "truth")?;
    Ok(Value::Bool(vm.truthy(v)?))
}

fn abs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, args, kw, "abs")?.clone();
    let f = vm.builtins.get_str("abs").unwrap_or_default();
    vm.call(&f, &[v], &[])
}

fn index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one(vm, args, kw, "index")?;
    if ferropy_vm::int::is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(i64::from(*b)),
            other => other.clone(),
        });
    }
    match vm.lookup_special(v, "__index__") {
        Some(m) => vm.call_method_value(&m, v, &[], &[]),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn contains(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "contains")?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "getitem")?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 3 {
        return Err(vm.type_error(format!("setitem expected 3 arguments, got {}", args.len())));
    }
    vm.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "delitem")?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => true,
        Value::Dict(_) => false,
        _ => vm.lookup_special(v, "__getitem__").is_some(),
    }
}

fn concat(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, inplace: bool) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, name)?;
    if !is_sequence(vm, a) {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(a)
        )));
    }
    let op = B::Add as u8 + if inplace { INPLACE } else { 0 };
    vm.binary_op(op, a, b)
}

fn count_of(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "countOf")?;
    let mut n = 0;
    for v in vm.collect(a)? {
        if v.is(b) || vm.eq(&v, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(vm, args, kw, "indexOf")?;
    for (i, v) in vm.collect(a)?.iter().enumerate() {
        if v.is(b) || vm.eq(v, b)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn itemgetter_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(native::instance(cls, Getter::Items(args[1..].to_vec())))
}

fn attrgetter_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut attrs = Vec::new();
    for a in &args[1..] {
        let Some(s) = a.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        attrs.push(s.split('.').map(|p| Value::str(p)).collect());
    }
    Ok(native::instance(cls, Getter::Attrs(attrs)))
}

fn methodcaller_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let npos = args.len() - kw.len();
    if npos < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    if args[1].as_str().is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    Ok(native::instance(
        cls,
        Getter::Method {
            name: args[1].clone(),
            args: args[2..npos].to_vec(),
            kwnames: kw.to_vec(),
            kwvalues: args[npos..].to_vec(),
        },
    ))
}

fn parts(vm: &Vm, v: &Value) -> PyResult<Rc<Getter>> {
    let st = native::state::<Getter>(vm, v, "operator getter")?;
    let g = st.borrow();
    // A cheap copy of the description, so that calls run with no borrow held.
    Ok(Rc::new(match &*g {
        Getter::Items(i) => Getter::Items(i.clone()),
        Getter::Attrs(a) => Getter::Attrs(a.clone()),
        Getter::Method {
            name,
            args,
            kwnames,
            kwvalues,
        } => Getter::Method {
            name: name.clone(),
            args: args.clone(),
            kwnames: kwnames.clone(),
            kwvalues: kwvalues.clone(),
        },
    }))
}

fn attr_path(vm: &mut Vm, obj: &Value, path: &[Value]) -> PyResult<Value> {
    let mut v = obj.clone();
    for p in path {
        let name = vm.intern(p.as_str().unwrap_or(""));
        v = vm.get_attr(&v, &name)?;
    }
    Ok(v)
}

fn getter_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = parts(vm, &args[0])?;
    let a = &args[1..];
    if !kw.is_empty() || a.len() != 1 {
        return Err(if !kw.is_empty() {
            vm.type_error("itemgetter() takes no keyword arguments")
        } else {
            vm.type_error(format!("expected 1 argument, got {}", a.len()))
        });
    }
    let obj = &a[0];
    match &*g {
        Getter::Items(items) if items.len() == 1 => vm.get_item(obj, &items[0]),
        Getter::Items(items) => {
            let mut out = Vec::with_capacity(items.len());
            for k in items {
                out.push(vm.get_item(obj, k)?);
            }
            Ok(Value::tuple(out))
        }
        Getter::Attrs(paths) if paths.len() == 1 => attr_path(vm, obj, &paths[0]),
        Getter::Attrs(paths) => {
            let mut out = Vec::with_capacity(paths.len());
            for p in paths {
                out.push(attr_path(vm, obj, p)?);
            }
            Ok(Value::tuple(out))
        }
        Getter::Method {
            name,
            args,
            kwnames,
            kwvalues,
        } => {
            let m = attr_path(vm, obj, std::slice::from_ref(name))?;
            let mut full = args.clone();
            full.extend(kwvalues.iter().cloned());
            vm.call(&m, &full, kwnames)
        }
    }
}

fn getter_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = vm.type_name(&args[0]);
    let g = parts(vm, &args[0])?;
    let mut texts = Vec::new();
    match &*g {
        Getter::Items(items) => {
            for i in items {
                texts.push(vm.repr(i)?);
            }
        }
        Getter::Attrs(paths) => {
            for p in paths {
                let dotted: Vec<&str> = p.iter().filter_map(|s| s.as_str()).collect();
                texts.push(vm.repr(&Value::str(dotted.join(".")))?);
            }
        }
        Getter::Method {
            name,
            args,
            kwnames,
            kwvalues,
        } => {
            texts.push(vm.repr(name)?);
            for a in args {
                texts.push(vm.repr(a)?);
            }
            for (k, v) in kwnames.iter().zip(kwvalues) {
                let r = vm.repr(v)?;
                texts.push(format!("{}={r}", k.as_str().unwrap_or("")));
            }
        }
    }
    Ok(Value::str(format!("{name}({})", texts.join(", "))))
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-likes, in time that depends
/// only on the length of `b` (what `hmac.compare_digest` promises).
fn compare_digest(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = ferropy_vm::args::Args::new(args, kw).exact(vm, "_compare_digest", 2)?;
    let (x, y) = match (a[0].as_str(), a[1].as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => {
            let (x, y) = (&a[0], &a[1]);
            let buf = |v: &Value| {
                if v.as_str().is_some() {
                    None
                } else {
                    crate::buffer::bytes_of(v)
                }
            };
            match (buf(x), buf(y)) {
                (Some(x), Some(y)) => (x, y),
                (None, None) => {
                    return Err(vm.type_error(format!(
                        "unsupported operand types(s) or combination of types: '{}' and '{}'",
                        vm.type_name(x),
                        vm.type_name(y)
                    )))
                }
                (xb, _) => {
                    let bad = if xb.is_none() { x } else { y };
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(bad)
                    )));
                }
            }
        }
    };
    let mut diff = (x.len() != y.len()) as u8;
    for (i, b) in y.iter().enumerate() {
        diff |= x.get(i).copied().unwrap_or(!*b) ^ b;
    }
    Ok(Value::Bool(diff == 0))
}
