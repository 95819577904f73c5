//! The data-model methods of the builtin types (`list.__len__`, `int.__add__`, `dict.__getitem__`,
//! ...), registered in the type dicts.
//!
//! The interpreter never looks these up for plain builtin values (its operators handle those
//! directly); they exist for instances of Python classes that subclass a builtin type, which
//! carry the builtin value in `PyInstance::base_value`. The generic operators find these methods
//! along such a class's MRO, exactly as they find a user's `__add__`, and each method works on
//! the unwrapped value. They also make `super().__getitem__(k)` and `int.__add__(x, y)` work.
//!
//! Every method here uses only the builtin operations on unwrapped values, never the generic
//! dunder-dispatching ones with a Python instance operand, so they cannot recurse into each other;
//! an operand they do not handle gives `NotImplemented`, as CPython's slots do.

use crate::exceptions::PyResult;
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use ferropy_bytecode::{BinaryOperator as B, CompareOperator as C};
use std::rc::Rc;

/// The builtin value inside an instance of a subclass of a builtin type, or the value itself.
pub fn unwrap_base(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        let b = i.base_value().borrow();
        // Native state (`Opaque`) stays behind its object: only its own methods read it.
        if !matches!(*b, Value::Undef | Value::Opaque(_)) {
            return b.clone();
        }
    }
    v.clone()
}

fn register(t: &Rc<PyType>, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for (name, func) in methods {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some(owner),
        };
        t.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
}

/// The receiver and the one argument of a binary method, unwrapped; `None` when the argument is
/// an instance of a Python class that wraps no builtin value (so the method does not apply).
fn operands(vm: &Vm, args: &[Value], name: &str) -> PyResult<Option<(Value, Value)>> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let (a, b) = (unwrap_base(&args[0]), unwrap_base(&args[1]));
    let _ = name;
    if matches!(b, Value::Instance(_)) || matches!(a, Value::Instance(_)) {
        return Ok(None);
    }
    Ok(Some((a, b)))
}

fn binary(vm: &mut Vm, args: &[Value], op: B, reflected: bool) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, "")? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(vm
        .builtin_binary(op, &x, &y)?
        .unwrap_or(Value::NotImplemented))
}

/// `int.__divmod__`/`float.__divmod__` (and the reflected forms): floor quotient and modulus.
fn divmod_impl(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, "")? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    if !numeric(&x) || !numeric(&y) {
        return Ok(Value::NotImplemented);
    }
    let q = vm.builtin_binary(B::FloorDiv, &x, &y)?;
    let r = vm.builtin_binary(B::Mod, &x, &y)?;
    Ok(match (q, r) {
        (Some(q), Some(r)) => Value::tuple(vec![q, r]),
        _ => Value::NotImplemented,
    })
}

fn divmod_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    divmod_impl(vm, args, false)
}

fn rdivmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    divmod_impl(vm, args, true)
}

/// `list.__iadd__` and the like: update the wrapped value in place, return the receiver.
fn inplace(vm: &mut Vm, args: &[Value], op: B) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, "")? else {
        return Ok(Value::NotImplemented);
    };
    let inplace_op = op as u8 + ferropy_bytecode::INPLACE_OFFSET as u8;
    vm.binary_op(inplace_op, &a, &b)?;
    Ok(args[0].clone())
}

fn compare(vm: &mut Vm, args: &[Value], op: C) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, "")? else {
        return Ok(Value::NotImplemented);
    };
    match op {
        C::Eq => return Ok(Value::Bool(vm.eq(&a, &b)?)),
        C::Ne => return Ok(Value::Bool(!vm.eq(&a, &b)?)),
        _ => {}
    }
    let sets = |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if sets(&a) && sets(&b) {
        return vm.set_compare(op, &a, &b);
    }
    Ok(match vm.builtin_order(&a, &b)? {
        Some(o) => Value::Bool(match op {
            C::Lt => o.is_lt(),
            C::Le => o.is_le(),
            C::Gt => o.is_gt(),
            _ => o.is_ge(),
        }),
        None => Value::NotImplemented,
    })
}

macro_rules! binops {
    ($($name:ident => $op:expr, $refl:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            binary(vm, args, $op, $refl)
        })*
    };
}

binops! {
    add => B::Add, false; radd => B::Add, true;
    sub => B::Sub, false; rsub => B::Sub, true;
    mul => B::Mul, false; rmul => B::Mul, true;
    truediv => B::TrueDiv, false; rtruediv => B::TrueDiv, true;
    floordiv => B::FloorDiv, false; rfloordiv => B::FloorDiv, true;
    modulo => B::Mod, false; rmodulo => B::Mod, true;
    pow2 => B::Pow, false; rpow => B::Pow, true;
    lshift => B::LShift, false; rlshift => B::LShift, true;
    rshift => B::RShift, false; rrshift => B::RShift, true;
    and => B::And, false; rand => B::And, true;
    or => B::Or, false; ror => B::Or, true;
    xor => B::Xor, false; rxor => B::Xor, true;
}

/// `int.__pow__(exp, mod=None)`: the modulus makes it three-argument `pow`.
fn pow(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match args {
        [a, b, m] if !m.is_none() => {
            let (a, b, m) = (unwrap_base(a), unwrap_base(b), unwrap_base(m));
            match (
                crate::int::to_bigint(&a),
                crate::int::to_bigint(&b),
                crate::int::to_bigint(&m),
            ) {
                (Some(x), Some(y), Some(z)) => crate::int::int_pow_mod(vm, &x, &y, &z),
                _ => Ok(Value::NotImplemented),
            }
        }
        [a, b, _] => pow2(vm, &[a.clone(), b.clone()], kw),
        _ => pow2(vm, args, kw),
    }
}

/// `__round__(ndigits=None)` of int and float: builtin `round` of the plain value.
fn round_(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut plain: Vec<Value> = args.to_vec();
    if let Some(first) = plain.first_mut() {
        *first = unwrap_base(first);
    }
    crate::builtins::round(vm, &plain, kw)
}

/// `__trunc__`, `__floor__`, `__ceil__` of int and float: an int.
fn to_int_by(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match receiver(vm, args, name)? {
        Value::Float(x) => crate::ops::float_to_int(vm, f(x)),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        v => Ok(v),
    }
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__trunc__", f64::trunc)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int_by(vm, args, "__ceil__", f64::ceil)
}

macro_rules! inplaceops {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            inplace(vm, args, $op)
        })*
    };
}

inplaceops! {
    iadd => B::Add; imul => B::Mul; iand => B::And; ior => B::Or; isub => B::Sub; ixor => B::Xor;
}

macro_rules! compares {
    ($($name:ident => $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            compare(vm, args, $op)
        })*
    };
}

compares! {
    eq => C::Eq; ne => C::Ne; lt => C::Lt; le => C::Le; gt => C::Gt; ge => C::Ge;
}

/// The receiver of a method taking no arguments, unwrapped.
fn receiver(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args {
        [v] => Ok(unwrap_base(v)),
        _ => Err(vm.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn len(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__len__")?;
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__iter__")?;
    vm.get_iter(&v)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__repr__")?;
    let r = vm.repr(&v)?;
    // A set or frozenset subclass shows its own name: `S({1, 2})`, `S()`.
    if let (Some(Value::Instance(i)), Value::Set(_) | Value::FrozenSet(_)) = (args.first(), &v) {
        let name = i.class.borrow().name.clone();
        let inner = if r.ends_with("()") {
            String::new()
        } else if let Some(body) = r.strip_prefix("frozenset(") {
            body.strip_suffix(')').unwrap_or(body).to_string()
        } else {
            r
        };
        return Ok(Value::str(format!("{name}({inner})")));
    }
    if let (Some(Value::Instance(i)), Value::ByteArray(_)) = (args.first(), &v) {
        let name = i.class.borrow().name.clone();
        return Ok(Value::str(format!("{name}{}", &r["bytearray".len()..])));
    }
    Ok(Value::str(r))
}

fn str_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__str__")?;
    Ok(Value::str(vm.str(&v)?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__hash__")?;
    Ok(Value::Int(vm.hash(&v)?))
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__bool__")?;
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn unary(vm: &mut Vm, args: &[Value], op: ferropy_bytecode::UnaryOperator) -> PyResult<Value> {
    let v = receiver(vm, args, "unary method")?;
    vm.unary_op(op as u8, &v)
}

fn neg(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    unary(vm, args, ferropy_bytecode::UnaryOperator::Neg)
}

fn pos(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    unary(vm, args, ferropy_bytecode::UnaryOperator::Pos)
}

fn invert(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    unary(vm, args, ferropy_bytecode::UnaryOperator::Invert)
}

fn abs(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__abs__")?;
    let f = vm.builtins.get_str("abs").unwrap_or(Value::None);
    vm.call(&f, &[v], &[])
}

/// `int.__int__`, `int.__index__`: the int value itself (a plain int for subclasses).
fn to_int(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__int__")?;
    match v {
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => crate::ops::float_to_int(vm, f),
        other => Ok(other),
    }
}

fn to_float(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__float__")?;
    Ok(Value::Float(crate::methods::to_f64(vm, &v)?))
}

fn format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [v, spec] = args else {
        return Err(vm.type_error("__format__() takes exactly one argument"));
    };
    let spec = match spec {
        Value::Str(s) => s.s.to_string(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    // A subclass instance with an empty spec formats as str(self), which may be overridden.
    if spec.is_empty() && matches!(v, Value::Instance(_)) {
        return Ok(Value::str(vm.str(v)?));
    }
    let v = unwrap_base(v);
    Ok(Value::str(vm.format(&v, &spec)?))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, key] = args else {
        return Err(vm.type_error("__getitem__() takes exactly one argument"));
    };
    let v = unwrap_base(obj);
    match vm.get_item(&v, key) {
        // dict subclasses: `__missing__` supplies absent keys.
        Err(e)
            if matches!(v, Value::Dict(_))
                && matches!(obj, Value::Instance(_))
                && e.matches(vm, "KeyError") =>
        {
            match vm.lookup_special(obj, "__missing__") {
                Some(m) => vm.call_method_value(&m, obj, &[key.clone()], &[]),
                None => Err(e),
            }
        }
        other => other,
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, key, value] = args else {
        return Err(vm.type_error("__setitem__() takes exactly two arguments"));
    };
    vm.set_item(&unwrap_base(obj), key.clone(), value.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, key] = args else {
        return Err(vm.type_error("__delitem__() takes exactly one argument"));
    };
    vm.del_item(&unwrap_base(obj), key)?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, item] = args else {
        return Err(vm.type_error("__contains__() takes exactly one argument"));
    };
    Ok(Value::Bool(vm.contains(&unwrap_base(obj), item)?))
}

/// `f.__call__(*args, **kwargs)`: calls the receiver.
fn call_self(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, rest, kw)
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = receiver(vm, args, "__reversed__")?;
    let t = Value::Type(vm.types.reversed.clone());
    vm.call(&t, &[v], &[])
}

const COMPARE: &[(&str, NativeFn)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__getitem__", getitem),
    ("__contains__", contains),
];
const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__divmod__", divmod_),
    ("__rdivmod__", rdivmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__repr__", repr),
    ("__hash__", hash),
    ("__int__", to_int),
    ("__float__", to_float),
    ("__format__", format),
];
const INT_ONLY: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
    ("__index__", to_int),
];
const SETS: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__len__", len),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__contains__", contains),
];

/// `iterator.__next__()` of the builtin iterators: the next item, or StopIteration.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = receiver(vm, args, "__next__")?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let class = vm.types.exceptions["StopIteration"].clone();
            Err(vm.new_exception(&class, Vec::new()))
        }
    }
}

/// `iterator.__length_hint__()`: the items left.
fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = receiver(vm, args, "__length_hint__")?;
    let hint = match &it {
        Value::Iterator(cell) => cell.borrow().length_hint(),
        _ => None,
    };
    Ok(hint.unwrap_or(Value::Int(0)))
}

/// `iterator.__iter__()`: the iterator itself.
fn iter_self(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// `real`, `imag`, `numerator`, `denominator` of a number (also of a subclass instance).
fn number_part(vm: &mut Vm, args: &[Value], part: &str) -> PyResult<Value> {
    let v = receiver(vm, args, part)?;
    Ok(match (&v, part) {
        (Value::Complex(c), "real") => Value::Float(c.0),
        (Value::Complex(c), _) => Value::Float(c.1),
        (Value::Float(f), "real") => Value::Float(*f),
        (Value::Float(_), _) => Value::Float(0.0),
        (_, "real" | "numerator") => {
            Value::from_bigint(crate::int::to_bigint(&v).unwrap_or_default())
        }
        (_, "denominator") => Value::Int(1),
        _ => Value::Int(0),
    })
}

fn real(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    number_part(vm, args, "real")
}

fn imag(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    number_part(vm, args, "imag")
}

fn numerator(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    number_part(vm, args, "numerator")
}

fn denominator(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    number_part(vm, args, "denominator")
}

/// A dict view's `mapping`: a read-only proxy of its dict (`types.MappingProxyType`).
fn view_mapping(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let dict = match args.first() {
        Some(Value::Iterator(it)) => match &*it.borrow() {
            crate::iter::IterState::View { dict, .. } => Some(dict.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(dict) = dict else {
        return Err(vm.type_error("descriptor 'mapping' needs a dict view"));
    };
    let globals = Rc::new(crate::dict::PyDict::new());
    let types = vm.import_name("types", &Value::None, &Value::Int(0), &globals)?;
    let proxy = vm.get_attr_str(&types, "MappingProxyType")?;
    vm.call(&proxy, &[Value::Dict(dict)], &[])
}

/// Read-only properties on a builtin type (found by instances of its subclasses, and `dir`).
fn register_getters(
    ty: &Rc<crate::types::PyType>,
    owner: &'static str,
    getters: &[(&'static str, NativeFn)],
) {
    for (name, func) in getters {
        let getter = Value::Builtin(Rc::new(crate::value::BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some(owner),
        }));
        let p = crate::value::Property {
            getter,
            setter: Value::None,
            deleter: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(name.to_string())),
        };
        ty.dict.set_str(name, Value::Property(Rc::new(p)));
    }
}

/// Registers the data-model methods of every builtin type that Python classes may subclass.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    for (ty, owner) in [(&t.int, "int"), (&t.float, "float")] {
        register(ty, owner, COMPARE);
        register(ty, owner, NUMBER);
    }
    register(&t.int, "int", INT_ONLY);
    register_getters(
        &t.int,
        "int",
        &[
            ("real", real),
            ("imag", imag),
            ("numerator", numerator),
            ("denominator", denominator),
        ],
    );
    for (ty, owner) in [(&t.float, "float"), (&t.complex, "complex")] {
        register_getters(ty, owner, &[("real", real), ("imag", imag)]);
    }
    for (ty, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        register_getters(ty, owner, &[("mapping", view_mapping)]);
    }
    for (ty, owner) in [(&t.int, "int"), (&t.float, "float")] {
        register(
            ty,
            owner,
            &[
                ("__round__", round_),
                ("__trunc__", trunc),
                ("__floor__", floor),
                ("__ceil__", ceil),
            ],
        );
    }
    for (ty, owner) in [
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
    ] {
        register(ty, owner, COMPARE);
        register(ty, owner, SEQUENCE);
        register(
            ty,
            owner,
            &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)],
        );
    }
    for (ty, owner) in [(&t.tuple, "tuple"), (&t.str_, "str"), (&t.bytes, "bytes")] {
        register(ty, owner, &[("__hash__", hash)]);
    }
    register(
        &t.str_,
        "str",
        &[
            ("__str__", str_),
            ("__mod__", modulo),
            ("__format__", format),
        ],
    );
    register(&t.bytes, "bytes", &[("__mod__", modulo)]);
    register(
        &t.bytearray,
        "bytearray",
        &[
            ("__mod__", modulo),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iadd__", iadd),
            ("__imul__", imul),
        ],
    );
    register(
        &t.complex,
        "complex",
        &[
            ("__add__", add),
            ("__radd__", radd),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__truediv__", truediv),
            ("__rtruediv__", rtruediv),
            ("__pow__", pow2),
            ("__rpow__", rpow),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__abs__", abs),
            ("__bool__", bool_),
        ],
    );
    register(
        &t.list,
        "list",
        &[
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__reversed__", reversed),
        ],
    );
    register(&t.dict, "dict", COMPARE);
    register(&t.dict, "dict", SEQUENCE);
    register(
        &t.dict,
        "dict",
        &[
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__reversed__", reversed),
        ],
    );
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        register(ty, owner, COMPARE);
        register(ty, owner, SETS);
    }
    register(
        &t.set,
        "set",
        &[
            ("__iand__", iand),
            ("__ior__", ior),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    register(&t.frozenset, "frozenset", &[("__hash__", hash)]);
    register(
        &t.range,
        "range",
        &[
            ("__len__", len),
            ("__iter__", iter),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__reversed__", reversed),
        ],
    );
    let iterators = [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
        &t.iterator,
        &t.list_reverseiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
    ];
    for ty in iterators {
        register(
            ty,
            "iterator",
            &[("__next__", iter_next), ("__iter__", iter_self)],
        );
    }
    // CPython's sized iterators say how many items are left (`operator.length_hint`).
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.list_reverseiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.iterator,
    ] {
        register(ty, "iterator", &[("__length_hint__", iter_length_hint)]);
    }
    // Callables expose `__call__` and the mutable containers `__hash__ = None`, which is
    // what `collections.abc.Callable`/`Hashable` look for in the class dicts.
    for (ty, owner) in [
        (&t.function, "function"),
        (&t.builtin_function, "builtin_function_or_method"),
        (&t.method, "method"),
    ] {
        register(ty, owner, &[("__call__", call_self)]);
    }
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray, &t.slice] {
        ty.dict.set_str("__hash__", Value::None);
    }
    for (ty, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        register(
            ty,
            owner,
            &[
                ("__iter__", iter),
                ("__len__", len),
                ("__contains__", contains),
                ("__repr__", repr),
            ],
        );
    }
}
