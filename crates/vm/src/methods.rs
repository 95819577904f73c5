//! Methods of the builtin types (`str.split`, `list.append`, `dict.get`, ...), registered into
//! each type's dict at start-up, and the numeric constructors.

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::int::{as_i64, to_bigint};
use crate::iter::{new_iter, DictPart, IterState};
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::rc::Rc;

/// Puts native methods of a builtin type into its dict.
pub(crate) fn register(t: &Rc<PyType>, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
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

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    register(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__hash__", object_hash),
            ("__format__", object_format),
        ],
    );
    static_method(&t.object, "object", "__new__", object_new);
    register(
        &t.object,
        "object",
        &[
            ("__lt__", not_implemented),
            ("__le__", not_implemented),
            ("__gt__", not_implemented),
            ("__ge__", not_implemented),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce_ex),
            ("__getstate__", object_getstate),
        ],
    );
    let hook = BuiltinFunction {
        name: "__subclasshook__",
        func: not_implemented,
        bound: None,
        owner: Some("object"),
    };
    t.object.dict.set_str(
        "__subclasshook__",
        Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(hook)))),
    );
    let init_subclass = BuiltinFunction {
        name: "__init_subclass__",
        func: object_init_subclass,
        bound: None,
        owner: Some("object"),
    };
    t.object.dict.set_str(
        "__init_subclass__",
        Value::ClassMethod(Rc::new(Value::Builtin(Rc::new(init_subclass)))),
    );
    register(
        &t.type_,
        "type",
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__call__", type_call),
            ("__init__", type_init),
        ],
    );
    static_method(&t.type_, "type", "__new__", type_new);
    for (ty, owner) in [
        (&t.int, "int"),
        (&t.float, "float"),
        (&t.str_, "str"),
        (&t.tuple, "tuple"),
        (&t.bytes, "bytes"),
        (&t.frozenset, "frozenset"),
        (&t.complex, "complex"),
    ] {
        static_method(ty, owner, "__new__", builtin_new);
    }
    register(
        &t.property,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    register(&t.list, "list", &[("__init__", list_init)]);
    register(
        &t.bytearray,
        "bytearray",
        &[("__init__", crate::bytes_methods::bytearray_init)],
    );
    register(&t.dict, "dict", &[("__init__", dict_init)]);
    register(&t.set, "set", &[("__init__", set_init)]);
    register(
        &t.list,
        "list",
        &[
            ("append", list_append),
            ("pop", list_pop),
            ("extend", list_extend),
            ("insert", list_insert),
            ("index", seq_index),
            ("count", seq_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("remove", list_remove),
            ("clear", list_clear),
        ],
    );
    register(
        &t.tuple,
        "tuple",
        &[("index", seq_index), ("count", seq_count)],
    );
    register(
        &t.dict,
        "dict",
        &[
            ("get", dict_get),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("pop", dict_pop),
            ("setdefault", dict_setdefault),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("popitem", dict_popitem),
        ],
    );
    t.dict.dict.set_str(
        "fromkeys",
        Value::ClassMethod(Rc::new(crate::builtins::native("fromkeys", dict_fromkeys))),
    );
    register(
        &t.int,
        "int",
        &[("bit_length", int_bit_length), ("conjugate", int_conjugate)],
    );
    register(
        &t.float,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", same),
        ],
    );
    register(
        &t.generator,
        "generator",
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__next__", gen_next),
            ("__iter__", same),
        ],
    );
    register(
        &t.coroutine,
        "coroutine",
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__await__", same),
        ],
    );
    register(
        &t.dict_keys,
        "dict_keys",
        &[("isdisjoint", crate::sets::keys_isdisjoint)],
    );
    register(
        &t.dict_items,
        "dict_items",
        &[("isdisjoint", crate::sets::keys_isdisjoint)],
    );
    let base = vm.types.exceptions["BaseException"].clone();
    register(
        &base,
        "BaseException",
        &[("__init__", exc_init), ("with_traceback", same)],
    );
    register(
        &t.code,
        "code",
        &[("replace", crate::codeobj::code_replace)],
    );
    crate::excgroup::install(vm);
    crate::asyncgen::install(vm);
    crate::str_methods::install(vm);
    crate::builtin_dunders::install(vm);
    crate::slots::install(vm);
    crate::descr::install(vm);
    crate::sets::install(vm);
    crate::complex::install(vm);
    crate::numbers::install(vm);
    crate::str_extra::install(vm);
    crate::bytes_methods::install(vm);
}

/// Registers a builtin as a static method (`__new__` is one: it takes the class explicitly).
fn static_method(t: &Rc<PyType>, owner: &'static str, name: &'static str, func: NativeFn) {
    let f = BuiltinFunction {
        name,
        func,
        bound: None,
        owner: Some(owner),
    };
    t.dict.set_str(
        name,
        Value::StaticMethod(Rc::new(Value::Builtin(Rc::new(f)))),
    );
}

fn recv<'a>(args: &'a [Value]) -> (&'a Value, &'a [Value]) {
    (&args[0], &args[1..])
}

/// `int.conjugate()`: the plain int (also of a bool or an int subclass).
fn int_conjugate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "int", "conjugate")?;
    let v = crate::builtin_dunders::unwrap_base(&args[0]);
    Ok(match v {
        Value::Bool(b) => Value::Int(i64::from(b)),
        Value::Int(_) | Value::BigInt(_) => v,
        other => return Err(descr_mismatch(vm, "int", "conjugate", &other)),
    })
}

fn same(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ----- object and type -----

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => {
            let t = t.clone();
            vm.new_instance(&t, &args[1..], kw)
        }
        Some(v) => Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, Value::Str(name), value] = args else {
        return Err(vm.type_error("__setattr__ expected 2 arguments"));
    };
    let name = vm.intern(name.as_str());
    match obj {
        Value::Instance(inst) => {
            let class = inst.class.borrow().clone();
            vm.generic_set_attr(obj, inst, &class, &name, value.clone())?;
        }
        other => vm.set_attr(other, &name, value.clone())?,
    }
    Ok(Value::None)
}

/// The default rich comparisons: defer to the other operand.
/// `object.__reduce_ex__(protocol)`: written in Python (`_ferropy.reduce_ex`).
fn object_reduce_ex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let helper = vm.import_dotted("_ferropy")?;
    let f = vm.get_attr_str(&helper, "reduce_ex")?;
    let protocol = args.get(1).cloned().unwrap_or(Value::Int(0));
    vm.call(&f, &[args[0].clone(), protocol], &[])
}

/// `object.__reduce__()`: `copyreg._reduce_ex(self, 0)`, as CPython does.
fn object_reduce(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let copyreg = vm.import_dotted("copyreg")?;
    let f = vm.get_attr_str(&copyreg, "_reduce_ex")?;
    vm.call(&f, &[args[0].clone(), Value::Int(0)], &[])
}

fn not_implemented(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__dir__()`: the names `dir()` lists for a plain object.
fn object_dir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = vm.builtins.get_str("dir").unwrap_or(Value::None);
    vm.call(&f, &args[..1], &[])
}

fn object_sizeof(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(16))
}

fn object_getstate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::Instance(i) if !i.dict.is_empty() => Ok(Value::Dict(i.dict.as_dict())),
        _ => {
            let _ = vm;
            Ok(Value::None)
        }
    }
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let (Some(Value::Type(t)), false) = (args.first(), kw.is_empty()) {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            t.name
        )));
    }
    Ok(Value::None)
}

/// `object.__getattribute__(obj, name)`: the generic lookup, without the class's hooks.
fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, Value::Str(name)] = args else {
        return Err(vm.type_error("__getattribute__ expected 1 argument of type str"));
    };
    let name = vm.intern(name.as_str());
    vm.generic_get_attr(obj, &name)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, Value::Str(name)] = args else {
        return Err(vm.type_error("__delattr__ expected 1 argument of type str"));
    };
    let name = vm.intern(name.as_str());
    vm.generic_del_attr(obj, &name)?;
    Ok(Value::None)
}

/// `object.__format__(spec)`: `str(self)` for an empty spec, else a TypeError.
fn object_format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj, spec] = args else {
        return Err(vm.type_error("__format__() takes exactly one argument"));
    };
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(obj)
        )));
    }
    Ok(Value::str(vm.str(obj)?))
}

/// `type.__call__(cls, *args)`: construction without a metaclass's `__call__`.
fn type_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => {
            let t = t.clone();
            vm.type_call_default(&t, &args[1..], kw)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

/// `int.__new__(cls, ...)` and the other immutable builtins' `__new__`: the builtin value, held
/// by an instance of `cls` when `cls` is a class defined in Python.
fn builtin_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let Some(base) = cls.mro().into_iter().find(|b| !b.is_heap) else {
        return Err(vm.type_error("__new__(X): X is not a builtin subtype"));
    };
    let value = vm.type_call_default(&base, &args[1..], kw)?;
    if !cls.is_heap {
        return Ok(value);
    }
    let inst = crate::value::PyInstance::new(cls);
    *inst.extra().base_value.borrow_mut() = value;
    Ok(Value::Instance(Rc::new(inst)))
}

/// `list.__init__(self, iterable=())`: refills the list (subclass instances are built empty).
fn list_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "list", 0, 1)?;
    let items = match rest.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    *the_list(vm, l)?.borrow_mut() = items;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_update(vm, args, kw)
}

fn set_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "set", 0, 1)?;
    let Some(target) = crate::sets::set_of(s) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    target.items.borrow_mut().clear();
    if let Some(v) = rest.first() {
        vm.set_update(&target, v)?;
    }
    Ok(Value::None)
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one function replaced.
fn property_with(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let [Value::Property(p), f] = args else {
        return Err(vm.type_error("descriptor requires a 'property' object and one argument"));
    };
    let mut parts = [p.getter.clone(), p.setter.clone(), p.deleter.clone()];
    parts[which] = f.clone();
    let [getter, setter, deleter] = parts;
    Ok(Value::Property(Rc::new(crate::value::Property {
        getter,
        setter,
        deleter,
        doc: p.doc.clone(),
        name: p.name.clone(),
    })))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(_vm.type_error("expected 1 argument"));
    };
    Ok(if a.is(b) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let eq = vm.compare(ferropy_bytecode::CompareOperator::Eq as u8, a, b)?;
    Ok(Value::Bool(!vm.truthy(&eq)?))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let class = vm.type_of(v);
    Ok(Value::str(crate::repr::default_object_repr(&class, v)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::str(vm.repr(&args[0])?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int((args[0].heap_ptr().unwrap_or(0) >> 4) as i64))
}

fn type_subclasses(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::Type(t) => Ok(Value::list(
            t.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Type)
                .collect(),
        )),
        _ => Ok(Value::list(vec![])),
    }
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::Type(t) => Ok(Value::list(t.mro().into_iter().map(Value::Type).collect())),
        _ => Ok(Value::list(vec![])),
    }
}

/// `type.__new__(mcs, name, bases, ns)`: a class whose type is the metaclass.
fn type_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let [Value::Type(meta), Value::Str(name), Value::Tuple(bases), ns] = &args[..npos] else {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    };
    let Some(ns) = crate::classes::dict_of(ns) else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    };
    let mut bs = Vec::new();
    for b in bases.iter() {
        match b {
            Value::Type(t) => bs.push(t.clone()),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                )
            }
        }
    }
    let meta = (!Rc::ptr_eq(meta, &vm.types.type_)).then(|| meta.clone());
    let class = crate::classes::new_class(vm, meta, name.as_str(), bs, &ns, &args[npos..], kw)?;
    Ok(Value::Type(class))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let Value::Instance(i) = &args[0] {
        let positional = args[1..args.len() - kw.len()].to_vec();
        let positional = vm.os_error_fields(i, positional);
        i.exc_state(|s| s.args = positional);
    }
    Ok(Value::None)
}

// ----- list -----

fn the_list(vm: &Vm, v: &Value) -> PyResult<Rc<std::cell::RefCell<Vec<Value>>>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &*i.base_value().borrow() {
            Value::List(l) => Ok(l.clone()),
            _ => Err(vm.type_error("descriptor requires a 'list' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).exact(vm, "list.append", 1)?;
    the_list(vm, l)?.borrow_mut().push(rest[0].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "pop", 0, 1)?;
    let list = the_list(vm, l)?;
    // The index is converted before the emptiness check, as CPython's argument parsing does.
    let i = match rest.first() {
        Some(v) => {
            let b = vm.index_bigint(v)?;
            num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                vm.err("IndexError", "cannot fit 'int' into an index-sized integer")
            })?
        }
        None => -1,
    };
    let len = list.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx as usize >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = list.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).exact(vm, "list.extend", 1)?;
    let items = vm.collect(&rest[0])?;
    the_list(vm, l)?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).exact(vm, "insert", 2)?;
    let list = the_list(vm, l)?;
    let len = list.borrow().len() as i64;
    let i = crate::str_methods::ssize_arg(vm, &rest[0])?;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    list.borrow_mut().insert(idx as usize, rest[1].clone());
    Ok(Value::None)
}

fn seq_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.to_vec()),
        other => Ok(the_list(vm, other)?.borrow().clone()),
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "index", 1, 3)?;
    let items = seq_items(vm, s)?;
    let len = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| {
        let i = v.and_then(as_i64).unwrap_or(default);
        (if i < 0 { i + len } else { i }).clamp(0, len) as usize
    };
    let (start, stop) = (bound(rest.get(1), 0), bound(rest.get(2), len));
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.is(&rest[0]) || vm.eq(item, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let what = if matches!(s, Value::Tuple(_)) {
        "tuple.index(x): x not in tuple".to_string()
    } else {
        format!("{} is not in list", vm.repr(&rest[0])?)
    };
    Err(vm.value_error(what))
}

fn seq_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, rest) = recv(args);
    let rest = Args::new(rest, kw).exact(vm, "count", 1)?;
    let items = seq_items(vm, s)?;
    let mut n = 0;
    for item in &items {
        if item.is(&rest[0]) || vm.eq(item, &rest[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Sorts a list in place: stable, with an optional key function and reverse flag.
pub fn sort_list(
    vm: &mut Vm,
    list: &Value,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let l = the_list(vm, list)?;
    // `reverse` is parsed as an int before anything runs, as CPython's argument clinic does.
    if let Some(r) = &reverse {
        if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            vm.index_bigint(r)?;
        }
    }
    // As CPython, the list is empty while it sorts: what key functions and comparisons see.
    let items = std::mem::take(&mut *l.borrow_mut());
    let key = key.filter(|k| !k.is_none());
    let mut keyed = Vec::with_capacity(items.len());
    for item in items.iter() {
        let k = match &key {
            Some(f) => match vm.call(f, &[item.clone()], &[]) {
                Ok(k) => k,
                Err(e) => {
                    // A failed key function leaves the list as it was.
                    *l.borrow_mut() = items;
                    return Err(e);
                }
            },
            None => item.clone(),
        };
        keyed.push((k, item.clone()));
    }
    drop(items);
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if reverse {
        keyed.reverse();
    }
    let result = if plainly_ordered(&keyed) {
        // Every comparison is of ints, strs, floats (no NaN) or tuples of them, position by
        // position of one kind: a total order needing no Python code, so the standard library's
        // stable sort gives the same result as comparing with `<`, without the VM.
        keyed.sort_by(|a, b| {
            crate::ops::plain_order(&a.0, &b.0, 0).unwrap_or(std::cmp::Ordering::Equal)
        });
        Ok(())
    } else {
        merge_sort(vm, &mut keyed)
    };
    if reverse {
        keyed.reverse();
    }
    let modified = !l.borrow().is_empty();
    let added = std::mem::replace(
        &mut *l.borrow_mut(),
        keyed.into_iter().map(|(_, v)| v).collect(),
    );
    drop(added);
    if modified && result.is_ok() {
        return Err(vm.value_error("list modified during sort"));
    }
    result
}

/// What `ops::plain_order` compares a sort key as.
#[derive(Clone, Copy, PartialEq)]
enum PlainKind {
    Int,
    Float,
    Str,
}

fn plain_kind(v: &Value) -> Option<PlainKind> {
    match v {
        Value::Int(_) => Some(PlainKind::Int),
        Value::Float(f) if !f.is_nan() => Some(PlainKind::Float),
        Value::Str(_) => Some(PlainKind::Str),
        _ => None,
    }
}

/// Whether all sort keys are of one plain kind, or all tuples of plain values whose items at
/// each position are of one kind: then `ops::plain_order` is a total order equal to Python's `<`.
fn plainly_ordered(keyed: &[(Value, Value)]) -> bool {
    let Some((first, _)) = keyed.first() else {
        return true;
    };
    if let Value::Tuple(_) = first {
        let mut kinds: Vec<PlainKind> = Vec::new();
        return keyed.iter().all(|(k, _)| {
            let Value::Tuple(t) = k else { return false };
            t.iter()
                .enumerate()
                .all(|(i, x)| match (plain_kind(x), kinds.get(i)) {
                    (Some(kx), Some(&want)) => kx == want,
                    (Some(kx), None) => {
                        kinds.push(kx);
                        true
                    }
                    (None, _) => false,
                })
        });
    }
    let Some(kind) = plain_kind(first) else {
        return false;
    };
    keyed.iter().all(|(k, _)| plain_kind(k) == Some(kind))
}

/// A stable merge sort whose comparison (`<` on the keys, as CPython's sort uses) may raise.
/// On an error the items stay a permutation of the input and the error is returned.
fn merge_sort(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort on small runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && vm.less_than(&items[j].0, &items[j - 1].0)? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    while width < n {
        let mut merged = Vec::with_capacity(n);
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                match vm.less_than(&items[j].0, &items[i].0) {
                    Ok(true) => {
                        merged.push(items[j].clone());
                        j += 1;
                    }
                    Ok(false) => {
                        merged.push(items[i].clone());
                        i += 1;
                    }
                    Err(e) => return Err(e),
                }
            }
            merged.extend_from_slice(&items[i..mid]);
            merged.extend_from_slice(&items[j..end]);
            start = end;
        }
        *items = merged;
        width *= 2;
    }
    Ok(())
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let a = Args::new(rest, kw);
    if !a.pos.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    sort_list(vm, l, a.kw("key"), a.kw("reverse"))?;
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "list", "reverse")?;
    the_list(vm, &args[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "list", "copy")?;
    Ok(Value::list(the_list(vm, &args[0])?.borrow().clone()))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "list", "clear")?;
    let old = std::mem::take(&mut *the_list(vm, &args[0])?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (l, rest) = recv(args);
    let rest = Args::new(rest, kw).exact(vm, "list.remove", 1)?;
    let list = the_list(vm, l)?;
    let items = list.borrow().clone();
    for (i, item) in items.iter().enumerate() {
        if item.is(&rest[0]) || vm.eq(item, &rest[0])? {
            list.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

// ----- dict -----

fn the_dict(vm: &Vm, v: &Value) -> PyResult<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        Value::Instance(i) => match &*i.base_value().borrow() {
            Value::Dict(d) => Ok(d.clone()),
            _ => Err(vm.type_error("descriptor requires a 'dict' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "get", 1, 2)?;
    let d = the_dict(vm, d)?;
    let k = vm.dict_key(&d, &rest[0])?;
    Ok(d.get(&k)
        .unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &Vm, v: &Value, part: DictPart) -> PyResult<Value> {
    Ok(new_iter(IterState::View {
        dict: the_dict(vm, v)?,
        part,
    }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "keys")?;
    view(vm, &args[0], DictPart::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "values")?;
    view(vm, &args[0], DictPart::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "items")?;
    view(vm, &args[0], DictPart::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "pop", 1, 2)?;
    let d = the_dict(vm, d)?;
    let k = vm.dict_key(&d, &rest[0])?;
    match d.remove(&k) {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(rest[0].clone())),
        },
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(args);
    let rest = Args::new(rest, kw).range(vm, "setdefault", 1, 2)?;
    let d = the_dict(vm, d)?;
    let k = vm.dict_key(&d, &rest[0])?;
    if let Some(v) = d.get(&k) {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    d.insert(k, v.clone());
    Ok(v)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (d, rest) = recv(args);
    let a = Args::new(rest, kw);
    let target = Value::Dict(the_dict(vm, d)?);
    if let Some(src) = a.pos.first() {
        vm.dict_update(&target, src)?;
    }
    if let Value::Dict(dd) = &target {
        let npos = rest.len() - kw.len();
        for (k, v) in kw.iter().zip(&rest[npos..]) {
            vm.dict_set(dd, k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "copy")?;
    let d = Rc::new(the_dict(vm, &args[0])?.copy());
    crate::gc::track_dict(&d);
    Ok(Value::Dict(d))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "clear")?;
    the_dict(vm, &args[0])?.clear();
    Ok(Value::None)
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "dict", "popitem")?;
    let d = the_dict(vm, &args[0])?;
    let last = d.pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
        None => Err(vm.err("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let n = a.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        let (bound, what) = if n == 0 { ("least", 1) } else { ("most", 2) };
        return Err(vm.type_error(format!(
            "fromkeys expected at {bound} {what} argument{}, got {n}",
            if what == 1 { "" } else { "s" }
        )));
    }
    let keys = vm.collect(&a.pos[1])?;
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    if let Value::Type(t) = &a.pos[0] {
        if !Rc::ptr_eq(t, &vm.types.dict) {
            // A subclass: `cls()` filled by item assignment (its `__setitem__`).
            let obj = vm.call(&a.pos[0], &[], &[])?;
            for k in keys {
                vm.set_item(&obj, k, value.clone())?;
            }
            return Ok(obj);
        }
    }
    let d = Rc::new(PyDict::new());
    for k in keys {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

// ----- numbers -----

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "int", "bit_length")?;
    let v = crate::builtin_dunders::unwrap_base(&args[0]);
    let Some(b) = to_bigint(&v) else {
        return Err(descr_mismatch(vm, "int", "bit_length", &v));
    };
    Ok(Value::Int(b.bits() as i64))
}

/// CPython's error for a method descriptor called through its class on a foreign object.
pub fn descr_mismatch(vm: &Vm, owner: &str, name: &str, v: &Value) -> crate::exceptions::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    ))
}

/// Checks that a float method's receiver is a float (or a float subclass).
fn float_receiver(vm: &Vm, name: &str, v: &Value) -> PyResult<()> {
    match crate::builtin_dunders::unwrap_base(v) {
        Value::Float(_) => Ok(()),
        other => Err(descr_mismatch(vm, "float", name, &other)),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "float", "is_integer")?;
    float_receiver(vm, "is_integer", &args[0])?;
    let f = to_f64(vm, &args[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::no_args(vm, args, kw, "float", "as_integer_ratio")?;
    float_receiver(vm, "as_integer_ratio", &args[0])?;
    let f = to_f64(vm, &args[0])?;
    if !f.is_finite() {
        return Err(if f.is_nan() {
            vm.value_error("cannot convert NaN to integer ratio")
        } else {
            vm.overflow_error("cannot convert Infinity to integer ratio")
        });
    }
    let (mut num, mut den) = (f, num_bigint::BigInt::from(1));
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n = match crate::ops::float_to_int(vm, num)? {
        Value::Int(i) => num_bigint::BigInt::from(i),
        Value::BigInt(b) => (*b).clone(),
        _ => num_bigint::BigInt::from(0),
    };
    let g = num_integer::Integer::gcd(&n, &den);
    let g = if g == num_bigint::BigInt::from(0) {
        num_bigint::BigInt::from(1)
    } else {
        g
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(&n / &g),
        Value::from_bigint(den / g),
    ]))
}

/// A number as an f64 (`float(x)` for numbers).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::int::big_to_f64(vm, b),
        Value::Instance(_) => match vm.lookup_special(v, "__float__") {
            Some(m) => {
                let r = vm.call_method_value(&m, v, &[], &[])?;
                to_f64(vm, &r)
            }
            None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// `float(v)`.
pub fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Str(s) => crate::numfmt::parse_float(s.as_str()).map_err(|e| vm.fmt_error(e)),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = crate::bytes_methods::bytes_like(v).unwrap_or_default();
            let text = crate::bytes_methods::latin1(&b);
            match crate::numfmt::parse_float(&text) {
                Ok(f) if b.is_ascii() => Ok(f),
                _ => {
                    let r = vm.repr(v)?;
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            }
        }
        // An int too big for a float is an OverflowError, as in CPython.
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_f64(vm, v),
        Value::Instance(_) => float_of_instance(vm, v),
        _ => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `float(obj)` of a class instance: `__float__`, else `__index__`, else the str, bytes or
/// number a builtin subclass wraps.
fn float_of_instance(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(m) = vm.lookup_special(v, "__float__") {
        let r = vm.call_method_value(&m, v, &[], &[])?;
        return match crate::builtin_dunders::unwrap_base(&r) {
            Value::Float(f) => Ok(f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call_method_value(&m, v, &[], &[])?;
        if !crate::int::is_int(&r) {
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
        return to_f64(vm, &r);
    }
    match crate::builtin_dunders::unwrap_base(v) {
        Value::Instance(_) => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        ))),
        base => float_of(vm, &base),
    }
}

/// `int(x)` and `int(s, base)`.
pub fn construct_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let base = a.arg_or_kw(1, "base");
    let Some(x) = a.pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = vm.index_bigint(&base)?;
        let b = num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1);
        let text = match x {
            Value::Str(s) => s.s.to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            Value::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return crate::numfmt::parse_int(&text, b as u32)
            .map(Value::from_bigint)
            .map_err(|e| vm.fmt_error(e));
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => crate::ops::float_to_int(vm, *f),
        Value::Str(s) => crate::numfmt::parse_int(s.as_str(), 10)
            .map(Value::from_bigint)
            .map_err(|e| vm.fmt_error(e)),
        Value::Bytes(b) => crate::numfmt::parse_int(&String::from_utf8_lossy(b), 10)
            .map(Value::from_bigint)
            .map_err(|e| vm.fmt_error(e)),
        Value::ByteArray(b) => crate::numfmt::parse_int(&String::from_utf8_lossy(&b.borrow()), 10)
            .map(Value::from_bigint)
            .map_err(|e| vm.fmt_error(e)),
        Value::Instance(_) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.lookup_special(x, name) {
                    return vm.call_method_value(&m, x, &[], &[]);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// `bytes(...)`.
pub fn construct_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let src = a.arg_or_kw(0, "source");
    let encoding = a.arg_or_kw(1, "encoding");
    let errors = a.arg_or_kw(2, "errors");
    let data = match (&src, &encoding) {
        (None, None) => Vec::new(),
        (Some(Value::Str(s)), Some(e)) => {
            let enc = vm.str(e)?;
            let err = match &errors {
                Some(v) => vm.str(v)?,
                None => "strict".to_string(),
            };
            let codec = crate::codecs::lookup(vm, &enc)?;
            crate::codecs::encode(vm, s.as_str(), codec, &err)?
        }
        (Some(Value::Str(_)), None) => {
            return Err(vm.type_error("string argument without an encoding"))
        }
        (_, Some(_)) => return Err(vm.type_error("encoding without a string argument")),
        (Some(v), None) => match crate::bytes_methods::bytes_like(v) {
            Some(b) => b,
            None if matches!(v, Value::Instance(_))
                && vm.lookup_special(v, "__bytes__").is_some() =>
            {
                let m = vm.lookup_special(v, "__bytes__").unwrap_or_default();
                let r = vm.call_method_value(&m, v, &[], &[])?;
                match r {
                    Value::Bytes(_) => return Ok(r),
                    _ => {
                        return Err(vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        )))
                    }
                }
            }
            None if crate::int::is_int(v)
                || matches!(v, Value::Instance(_))
                    && vm.lookup_special(v, "__index__").is_some() =>
            {
                let n = vm.index_bigint(v)?;
                match num_traits::ToPrimitive::to_usize(&n) {
                    Some(n) if n <= 1 << 34 => vec![0; n],
                    Some(_) => return Err(vm.err("MemoryError", "")),
                    None if num_traits::Signed::is_negative(&n) => {
                        return Err(vm.value_error("negative count"))
                    }
                    None => {
                        return Err(
                            vm.overflow_error("cannot fit 'int' into an index-sized integer")
                        )
                    }
                }
            }
            None => {
                let mut out = Vec::new();
                let items = match vm.collect(v) {
                    Ok(items) => items,
                    Err(e)
                        if e.matches(vm, "TypeError")
                            && !matches!(
                                v,
                                Value::Instance(_) | Value::Generator(_) | Value::Iterator(_)
                            ) =>
                    {
                        return Err(vm.type_error(format!(
                            "cannot convert '{}' object to bytes",
                            vm.type_name(v)
                        )))
                    }
                    Err(e) => return Err(e),
                };
                for item in items {
                    match as_i64(&item) {
                        Some(b @ 0..=255) => out.push(b as u8),
                        Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                        None => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&item)
                            )))
                        }
                    }
                }
                out
            }
        },
    };
    Ok(Value::Bytes(Rc::new(data)))
}

// ----- generators -----

fn the_gen(vm: &Vm, v: &Value) -> PyResult<Rc<crate::generator::PyGenerator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(vm, &args[0])?;
    crate::generator::send(vm, &g, Value::None, None)
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(vm, &args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    crate::generator::send(vm, &g, v, None)
}

/// The exception `throw(typ[, val[, tb]])` raises (`args` without the receiver).
pub(crate) fn throw_value(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let exc = args.first().cloned().unwrap_or(Value::None);
    Ok(match (&exc, args.get(1)) {
        // throw(type, instance): the instance itself, as CPython does.
        (Value::Type(t), Some(v @ Value::Instance(i))) if i.class.borrow().is_subtype(t) => {
            v.clone()
        }
        (Value::Type(_), Some(v)) if !v.is_none() => vm.call(&exc, &[v.clone()], &[])?,
        _ => exc,
    })
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(vm, &args[0])?;
    let exc = throw_value(vm, &args[1..])?;
    let err = vm.make_raisable(exc)?;
    vm.throw_args = Some(args[1..].to_vec());
    let r = crate::generator::send(vm, &g, Value::None, Some(err));
    vm.throw_args = None;
    r
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_gen(vm, &args[0])?;
    crate::generator::close(vm, &g)
}
