//! Classes: the `class` statement (`__build_class__`), calling a type to construct an instance
//! (builtin constructors and `__new__`/`__init__`), and the methods of `object`.

use crate::args::Args;
use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::int::to_bigint;
use crate::iter::{new_iter, IterState};
use crate::types::{linearize, PyType};
use crate::value::{Property, PyCell, PyInstance, PySlice, PySuper, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.pos.first(), a.pos.get(1))
    else {
        return Err(vm.type_error("__build_class__: func and name are required"));
    };
    let (bases, orig_bases) = resolve_bases(vm, &a.pos[2..])?;
    // Keywords other than `metaclass` go to the metaclass and on to `__init_subclass__`.
    let npos = args.len() - kwnames.len();
    let mut kw_values = Vec::new();
    let mut kw_names = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        if k.as_str() != Some("metaclass") {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let metaclass = match a.kw("metaclass") {
        Some(Value::Type(t)) => Some(
            most_derived_metaclass(vm, Some(t.clone()), &bases)?
                .map_or(Value::Type(t), Value::Type),
        ),
        Some(m) => Some(m),
        None => most_derived_metaclass(vm, None, &bases)?.map(Value::Type),
    };
    let prepared = prepare(vm, &metaclass, name, &bases, &kw_values, &kw_names)?;
    // A dict subclass from `__prepare__` (enum's `_EnumDict`): the body reads names from its
    // dict, and every store goes through its `__setitem__` (see `Vm::dict_set`).
    let hooked = match &prepared {
        Some(p @ Value::Instance(_)) => dict_of(p).map(|d| (d, p.clone())),
        _ => None,
    };
    let ns = match (&prepared, &hooked) {
        (Some(Value::Dict(d)), _) => d.clone(),
        (_, Some((d, _))) => d.clone(),
        _ => Rc::new(PyDict::new()),
    };
    if let Some(orig) = &orig_bases {
        ns.set_str("__orig_bases__", orig.clone());
    }
    if let Some((d, p)) = &hooked {
        vm.ns_hooks.push((Rc::as_ptr(d) as usize, p.clone()));
    }
    let code = &body.code;
    let mut cells: Vec<Rc<PyCell>> = code
        .code
        .cellvars
        .iter()
        .map(|_| Rc::new(PyCell::new(Value::Undef)))
        .collect();
    cells.extend(body.closure.iter().cloned());
    let class_cell = vm.run_code(
        body.code.clone(),
        body.globals.clone(),
        Some(ns.clone()),
        cells,
    );
    if hooked.is_some() {
        vm.ns_hooks.pop();
    }
    let class_cell = class_cell?;
    let ns_value = match prepared {
        Some(p @ Value::Instance(_)) if hooked.is_some() => p,
        Some(p @ Value::Instance(_)) => {
            // A mapping that is not a dict: it receives the body's names afterwards, in order.
            for (k, v) in ns.items() {
                vm.set_item(&p, k, v)?;
            }
            p
        }
        _ => Value::Dict(ns.clone()),
    };
    let class = match metaclass {
        Some(Value::Type(t)) if Rc::ptr_eq(&t, &vm.types.type_) => Value::Type(new_class(
            vm,
            None,
            name.as_str(),
            bases,
            &ns,
            &kw_values,
            &kw_names,
        )?),
        Some(meta) => {
            let base_tuple = Value::tuple(bases.iter().cloned().map(Value::Type).collect());
            let mut call_args = vec![Value::Str(name.clone()), base_tuple, ns_value];
            call_args.extend(kw_values);
            vm.call(&meta, &call_args, &kw_names)?
        }
        None => Value::Type(new_class(
            vm,
            None,
            name.as_str(),
            bases,
            &ns,
            &kw_values,
            &kw_names,
        )?),
    };
    if let (Value::Cell(cell), Value::Type(_)) = (&class_cell, &class) {
        *cell.value.borrow_mut() = class.clone();
    }
    Ok(class)
}

/// The dict of a class namespace: a dict, or an instance of a dict subclass.
pub fn dict_of(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &*i.base_value().borrow() {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The bases of a class statement: `__mro_entries__` replaces a base that is not a class
/// (`Generic[T]`, `NamedTuple`); the original tuple comes back too when that happened.
fn resolve_bases(vm: &mut Vm, given: &[Value]) -> PyResult<(Vec<Rc<PyType>>, Option<Value>)> {
    let mut bases = Vec::new();
    let mut changed = false;
    let orig = Value::tuple(given.to_vec());
    for b in given {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                let entries = match vm.get_attr_str(other, "__mro_entries__") {
                    Ok(m) => vm.call(&m, &[orig.clone()], &[])?,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "bases must be types, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                let Value::Tuple(items) = entries else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                changed = true;
                for e in items.iter() {
                    match e {
                        Value::Type(t) => bases.push(t.clone()),
                        other => {
                            return Err(vm.type_error(format!(
                                "bases must be types, not {}",
                                vm.type_name(other)
                            )))
                        }
                    }
                }
            }
        }
    }
    Ok((bases, changed.then_some(orig)))
}

/// The namespace from the metaclass's `__prepare__`, when it defines one.
fn prepare(
    vm: &mut Vm,
    metaclass: &Option<Value>,
    name: &Rc<crate::value::PyStr>,
    bases: &[Rc<PyType>],
    kw_values: &[Value],
    kw_names: &[Value],
) -> PyResult<Option<Value>> {
    let Some(meta) = metaclass else {
        return Ok(None);
    };
    let found = match meta {
        Value::Type(t) => t.lookup("__prepare__").is_some(),
        _ => false,
    };
    if !found {
        return Ok(None);
    }
    let prep = vm.get_attr_str(meta, "__prepare__")?;
    let base_tuple = Value::tuple(bases.iter().cloned().map(Value::Type).collect());
    let mut call_args = vec![Value::Str(name.clone()), base_tuple];
    call_args.extend(kw_values.iter().cloned());
    Ok(Some(vm.call(&prep, &call_args, kw_names)?))
}

const METACLASS_CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a \
     (non-strict) subclass of the metaclasses of all its bases";

/// The metaclass of the bases (and of an explicit `start`) that is a subclass of all the
/// others' (CPython's `_PyType_CalculateMetaclass`); `None` when that is `type` itself. Two
/// unrelated metaclasses are a TypeError.
fn most_derived_metaclass(
    vm: &Vm,
    start: Option<Rc<PyType>>,
    bases: &[Rc<PyType>],
) -> PyResult<Option<Rc<PyType>>> {
    let type_ = vm.types.type_.clone();
    let mut winner = start.unwrap_or_else(|| type_.clone());
    for b in bases {
        let m = b
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| type_.clone());
        if winner.is_subtype(&m) {
            continue;
        }
        if m.is_subtype(&winner) {
            winner = m;
            continue;
        }
        return Err(vm.type_error(METACLASS_CONFLICT));
    }
    Ok(if Rc::ptr_eq(&winner, &type_) {
        None
    } else {
        Some(winner)
    })
}

/// Creates a class from a namespace, as `type.__new__(meta, name, bases, ns, **kw)` does: the
/// keywords go to the parent's `__init_subclass__`.
pub fn new_class(
    vm: &mut Vm,
    meta: Option<Rc<PyType>>,
    name: &str,
    mut bases: Vec<Rc<PyType>>,
    ns: &PyDict,
    kw_values: &[Value],
    kw_names: &[Value],
) -> PyResult<Rc<PyType>> {
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    // The builtin types that cannot be subclassed (Py_TPFLAGS_BASETYPE unset).
    let t = &vm.types;
    for b in &bases {
        let final_types = [&t.bool_, &t.range, &t.slice, &t.memoryview, &t.none_type];
        if final_types.iter().any(|f| Rc::ptr_eq(f, b)) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    if linearize(&bases).is_none() {
        let names: Vec<String> = bases.iter().map(|b| b.name.clone()).collect();
        return Err(vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        )));
    }
    let class = PyType::new(name, bases.clone(), true);
    *class.metaclass.borrow_mut() = meta;
    for (k, v) in ns.items() {
        let v = match (k.as_str(), v) {
            (Some("__new__"), Value::Function(f)) => {
                Value::StaticMethod(Rc::new(Value::Function(f)))
            }
            (Some("__init_subclass__" | "__class_getitem__"), Value::Function(f)) => {
                Value::ClassMethod(Rc::new(Value::Function(f)))
            }
            (_, v) => v,
        };
        vm.dict_set(&class.dict, k, v)?;
    }
    if let Some(Value::Str(q)) = ns.get_str("__qualname__") {
        *class.qualname.borrow_mut() = q.s.to_string();
        // The qualname is the type's own attribute, not a class-dict entry.
        class.dict.remove_str("__qualname__");
    }
    if let Some(Value::Str(m)) = ns.get_str("__module__") {
        *class.module.borrow_mut() = m.s.to_string();
    }
    if ns.get_str("__doc__").is_none() {
        class.dict.set_str("__doc__", Value::None);
    }
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        class.dict.set_str("__hash__", Value::None);
    }
    crate::slots::install_slots(vm, &class, ns)?;
    let class_value = Value::Type(class.clone());
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    for (k, v) in class.dict.items() {
        if let (Value::Property(p), Some(name)) = (&v, k.as_str()) {
            *p.name.borrow_mut() = Some(name.to_string());
        }
        if let Value::Instance(_) = v {
            if let Some(m) = vm.lookup_special(&v, "__set_name__") {
                if let Err(e) = vm.call_method_value(&m, &v, &[class_value.clone(), k.clone()], &[])
                {
                    // 3.11 wraps the error in a RuntimeError caused by it.
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        vm.type_name(&v),
                        vm.repr(&k)?,
                        class.name
                    );
                    let wrapped = vm.err("RuntimeError", msg);
                    wrapped.exc.exc_state(|s| {
                        s.cause = e.value();
                        s.suppress_context = true;
                    });
                    return Err(wrapped);
                }
            }
        }
    }
    let parent_hook = class
        .mro_tail
        .borrow()
        .iter()
        .find_map(|t| t.dict.get_str("__init_subclass__"));
    if let Some(Value::ClassMethod(f)) = parent_hook {
        let f = (*f).clone();
        let mut args = vec![class_value];
        args.extend_from_slice(kw_values);
        vm.call(&f, &args, kw_names)?;
    }
    Ok(class)
}

impl Vm {
    /// Calls a type: `type(t).__call__(t, ...)`. A metaclass written in Python may override
    /// `__call__`; otherwise this is `type.__call__`.
    pub fn call_type(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let meta = t.metaclass.borrow().clone();
        if let Some(meta) = meta {
            if let Some(call) = meta.lookup("__call__") {
                if !matches!(call, Value::Builtin(_)) {
                    return self.call_method_value(&call, &Value::Type(t.clone()), args, kwnames);
                }
            }
        }
        self.type_call_default(t, args, kwnames)
    }

    /// `type.__call__(t, ...)`: `__new__`, then `__init__` when the result is an instance of `t`.
    pub fn type_call_default(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if !t.is_heap {
            if let Some(v) = self.builtin_constructor(t, args, kwnames)? {
                return Ok(v);
            }
        }
        let class = Value::Type(t.clone());
        let new = t.lookup_cached(&crate::attr::name_object("__new__"));
        let init = t.lookup_cached(&crate::attr::name_object("__init__"));
        let excess = args.len() > kwnames.len() || !kwnames.is_empty();
        if excess && is_object_slot(&new) && is_object_slot(&init) {
            return Err(self.type_error(format!("{}() takes no arguments", t.name)));
        }
        let instance = match new {
            // `object.__new__` itself: no call through the generic machinery.
            _ if is_object_slot(&new) => self.new_instance(t, args, kwnames)?,
            Some(Value::StaticMethod(f)) => self.call_method_value(&f, &class, args, kwnames)?,
            Some(f @ (Value::Builtin(_) | Value::Function(_))) => {
                self.call_method_value(&f, &class, args, kwnames)?
            }
            _ => self.new_instance(t, args, kwnames)?,
        };
        if !self.type_of(&instance).is_subtype(t) {
            return Ok(instance);
        }
        if let Some(init) = init.filter(|i| !is_object_slot(&Some(i.clone()))) {
            let r = self.call_method_value(&init, &instance, args, kwnames)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(instance)
    }

    /// `object.__new__(cls)`: a bare instance (exceptions get their arguments).
    pub fn new_instance(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        self.check_not_abstract(t)?;
        let t = &self.os_error_subclass(t, &args[..args.len() - kwnames.len()]);
        let inst = PyInstance::new(t.clone());
        if crate::attr_cache::is_exception_class(t) {
            let positional = args[..args.len() - kwnames.len()].to_vec();
            let positional = self.os_error_fields(&inst, positional);
            inst.exc_state(|s| s.args = positional);
        } else if let Some(base) = std::iter::once(t)
            .chain(t.mro_tail.borrow().iter())
            .find(|b| !b.is_heap && !Rc::ptr_eq(b, &self.types.object))
            .cloned()
        {
            // A subclass of a builtin type wraps a value of that type.
            let v = self
                .builtin_constructor(&base, &[], &[])?
                .unwrap_or(Value::None);
            *inst.extra().base_value.borrow_mut() = v;
        }
        let inst = Rc::new(inst);
        crate::gc::track_instance(&inst);
        Ok(Value::Instance(inst))
    }

    /// An `OSError` given a filename (3 to 5 arguments: errno, strerror, filename, winerror,
    /// filename2) keeps `filename` and `filename2` as attributes and only `(errno, strerror)`
    /// as its `args`, as CPython's does. Other exceptions' arguments are returned unchanged.
    pub(crate) fn os_error_fields(&self, inst: &PyInstance, mut args: Vec<Value>) -> Vec<Value> {
        if !(3..=5).contains(&args.len())
            || !inst
                .class
                .borrow()
                .is_subtype(&self.types.exceptions["OSError"])
        {
            return args;
        }
        inst.dict.set_str("errno", args[0].clone());
        inst.dict.set_str("strerror", args[1].clone());
        inst.dict.set_str("filename", args[2].clone());
        let second = args.get(4).cloned().unwrap_or(Value::None);
        inst.dict.set_str("filename2", second);
        args.truncate(2);
        args
    }

    /// `OSError(errno, strerror, ...)` makes the subclass for that errno, as CPython's
    /// `OSError.__new__` does (`FileNotFoundError` for ENOENT, ...); other classes are kept.
    fn os_error_subclass(&self, t: &Rc<PyType>, args: &[Value]) -> Rc<PyType> {
        let os_error = &self.types.exceptions["OSError"];
        if !Rc::ptr_eq(t, os_error) || !(2..=5).contains(&args.len()) {
            return t.clone();
        }
        let Some(code) = crate::int::as_i64(&args[0]) else {
            return t.clone();
        };
        let Some(name) = os_error_class_name(code as i32) else {
            return t.clone();
        };
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| t.clone())
    }

    /// Constructors of the builtin types; `None` for types constructed the generic way.
    fn builtin_constructor(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = &self.types;
        let a = Args::new(args, kwnames);
        let is = |x: &Rc<PyType>| Rc::ptr_eq(t, x);
        for (t1, name) in [
            (&ty.bool_, "bool"),
            (&ty.float, "float"),
            (&ty.list, "list"),
            (&ty.tuple, "tuple"),
            (&ty.set, "set"),
            (&ty.frozenset, "frozenset"),
            (&ty.dict, "dict"),
        ] {
            if is(t1) && a.pos.len() > 1 {
                return Err(self.type_error(format!(
                    "{name} expected at most 1 argument, got {}",
                    a.pos.len()
                )));
            }
        }
        let v = if is(&ty.int) {
            crate::methods::construct_int(self, &a)?
        } else if is(&ty.float) {
            match a.pos.first() {
                None => Value::Float(0.0),
                Some(v) => Value::Float(crate::methods::float_of(self, v)?),
            }
        } else if is(&ty.str_) {
            let decoding =
                a.pos.len() > 1 || a.kw("encoding").is_some() || a.kw("errors").is_some();
            match a.arg_or_kw(0, "object").as_ref() {
                None => Value::str(""),
                Some(v) if decoding && crate::bytes_methods::bytes_like(v).is_none() => {
                    return Err(self.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        self.type_name(v)
                    )))
                }
                Some(v) if decoding => {
                    // str(bytes, encoding, errors): decoded with that codec (any bytes-like).
                    let b = &Rc::new(crate::bytes_methods::bytes_like(v).unwrap_or_default());
                    let text = |v: Option<Value>, default: &str| match v {
                        Some(Value::Str(s)) => s.s.to_string(),
                        _ => default.to_string(),
                    };
                    let encoding = text(a.arg_or_kw(1, "encoding"), "utf-8");
                    let errors = text(a.arg_or_kw(2, "errors"), "strict");
                    match crate::codecs::lookup(self, &encoding) {
                        Ok(codec) => Value::str(crate::codecs::decode(self, b, codec, &errors)?),
                        Err(_) => {
                            let data = Value::Bytes(b.clone());
                            crate::codecs::python_codec(self, "decode", data, &encoding, &errors)?
                        }
                    }
                }
                Some(v) => Value::str(self.str(v)?),
            }
        } else if is(&ty.bool_) {
            match a.pos.first() {
                None => Value::Bool(false),
                Some(v) => Value::Bool(self.truthy(v)?),
            }
        } else if is(&ty.list) {
            match a.pos.first() {
                None => Value::list(Vec::new()),
                Some(v) => Value::list(self.collect(v)?),
            }
        } else if is(&ty.tuple) {
            match a.pos.first() {
                None => Value::tuple(Vec::new()),
                Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
                Some(v) => Value::tuple(self.collect(v)?),
            }
        } else if is(&ty.dict) {
            let d = Rc::new(PyDict::new());
            crate::gc::track_dict(&d);
            let d = Value::Dict(d);
            if let Some(src) = a.pos.first() {
                self.dict_update(&d, src)?;
            }
            let npos = args.len() - kwnames.len();
            if let Value::Dict(dd) = &d {
                for (k, v) in kwnames.iter().zip(&args[npos..]) {
                    self.dict_set(dd, k.clone(), v.clone())?;
                }
            }
            d
        } else if is(&ty.set) || is(&ty.frozenset) {
            match a.pos.first() {
                None => self.set_from_iter(&Value::tuple(vec![]), is(&ty.frozenset))?,
                // `frozenset(f)` of an exact frozenset is `f` itself.
                Some(v @ Value::FrozenSet(_)) if is(&ty.frozenset) => v.clone(),
                Some(v) => self.set_from_iter(v, is(&ty.frozenset))?,
            }
        } else if is(&ty.range) {
            crate::builtins::make_range(self, a.pos)?
        } else if is(&ty.slice) {
            let get = |i: usize| a.pos.get(i).cloned().unwrap_or(Value::None);
            if a.pos.is_empty() || a.pos.len() > 3 {
                let (bound, n) = if a.pos.is_empty() {
                    ("least", 1)
                } else {
                    ("most", 3)
                };
                return Err(self.type_error(format!(
                    "slice expected at {bound} {n} argument{}, got {}",
                    if n == 1 { "" } else { "s" },
                    a.pos.len()
                )));
            }
            let s = match a.pos.len() {
                1 => PySlice {
                    start: Value::None,
                    stop: get(0),
                    step: Value::None,
                },
                _ => PySlice {
                    start: get(0),
                    stop: get(1),
                    step: get(2),
                },
            };
            Value::Slice(Rc::new(s))
        } else if is(&ty.bytes) {
            crate::methods::construct_bytes(self, &a)?
        } else if is(&ty.bytearray) {
            crate::bytes_methods::construct_bytearray(self, &a)?
        } else if is(&ty.complex) {
            crate::complex::construct(self, &a)?
        } else if is(&ty.object) {
            if !args.is_empty() {
                return Err(self.type_error("object() takes no arguments"));
            }
            let inst = Rc::new(PyInstance::new(t.clone()));
            crate::gc::track_instance(&inst);
            Value::Instance(inst)
        } else if is(&ty.type_) {
            return self.type_call(args, kwnames).map(Some);
        } else if is(&ty.property) {
            let get = |i: usize, name: &str| a.arg_or_kw(i, name).unwrap_or(Value::None);
            let (getter, setter, deleter, doc) = (
                get(0, "fget"),
                get(1, "fset"),
                get(2, "fdel"),
                get(3, "doc"),
            );
            Value::Property(Rc::new(Property {
                getter,
                setter,
                deleter,
                doc,
                name: Default::default(),
            }))
        } else if is(&ty.staticmethod) {
            Value::StaticMethod(Rc::new(a.pos.first().cloned().unwrap_or(Value::None)))
        } else if is(&ty.classmethod) {
            Value::ClassMethod(Rc::new(a.pos.first().cloned().unwrap_or(Value::None)))
        } else if is(&ty.super_) {
            match a.pos {
                [Value::Type(c), receiver] => {
                    let ok = match receiver {
                        Value::Type(r) if r.is_subtype(c) => true,
                        other => self.type_of(other).is_subtype(c),
                    };
                    if !ok {
                        return Err(self.type_error(
                            "super(type, obj): obj must be an instance or subtype of type",
                        ));
                    }
                    Value::Super(Rc::new(PySuper {
                        class: c.clone(),
                        receiver: receiver.clone(),
                    }))
                }
                [_, _] => return Err(self.type_error("super() argument 1 must be a type")),
                [] => {
                    // A method-less call (the compiler rewrites the ones with a `__class__`
                    // cell): CPython tells a function with arguments from one without.
                    let has_args = self.caller().is_some_and(|f| f.unit.code.argcount > 0);
                    let msg = if has_args {
                        "super(): __class__ cell not found"
                    } else {
                        "super(): no arguments"
                    };
                    return Err(self.err("RuntimeError", msg));
                }
                _ => return Err(self.type_error("super() argument 1 must be a type")),
            }
        } else if is(&ty.enumerate) {
            let Some(src) = a.arg_or_kw(0, "iterable") else {
                return Err(self.type_error("enumerate() missing required argument 'iterable'"));
            };
            // The start is checked before the iterable, as CPython's argument parsing does.
            let count = match a.arg_or_kw(1, "start") {
                Some(s) => Value::from_bigint(self.index_bigint(&s)?),
                None => Value::Int(0),
            };
            let inner = self.get_iter(&src)?;
            new_iter(IterState::Enumerate { inner, count })
        } else if is(&ty.zip) {
            if kwnames.len() > 1 {
                return Err(self.type_error(format!(
                    "zip() takes at most 1 keyword argument ({} given)",
                    kwnames.len()
                )));
            }
            for k in kwnames {
                let k = k.as_str().unwrap_or("");
                if k != "strict" {
                    return Err(
                        self.type_error(format!("'{k}' is an invalid keyword argument for zip()"))
                    );
                }
            }
            let mut inners = Vec::new();
            for v in a.pos {
                inners.push(self.get_iter(v)?);
            }
            let strict = match a.kw("strict") {
                Some(v) => self.truthy(&v)?,
                None => false,
            };
            new_iter(IterState::Zip { inners, strict })
        } else if is(&ty.map) {
            if a.pos.len() < 2 {
                return Err(self.type_error("map() must have at least two arguments."));
            }
            let mut inners = Vec::new();
            for v in &a.pos[1..] {
                inners.push(self.get_iter(v)?);
            }
            new_iter(IterState::Map {
                func: a.pos[0].clone(),
                inners,
            })
        } else if is(&ty.filter) {
            let a2 = a.exact(self, "filter", 2)?;
            let inner = self.get_iter(&a2[1])?;
            new_iter(IterState::Filter {
                func: a2[0].clone(),
                inner,
            })
        } else if is(&ty.reversed) {
            let a1 = a.exact(self, "reversed", 1)?;
            let v = &a1[0];
            if let Value::Instance(_) = v {
                if let Some(m) = self.lookup_special(v, "__reversed__") {
                    if m.is_none() {
                        // `__reversed__ = None` blocks the sequence fallback.
                        return Err(self.not_supported(v, "is not reversible"));
                    }
                    return self.call_method_value(&m, v, &[], &[]).map(Some);
                }
            }
            if let Value::Range(r) = v {
                let back = crate::range_obj::reversed(r);
                return Ok(Some(new_iter(crate::range_obj::iter_state(&back))));
            }
            let dict_part = match v {
                Value::Dict(d) => Some((d.clone(), crate::iter::DictPart::Keys)),
                _ => crate::views::view_of(v),
            };
            if let Value::List(l) = v {
                let index = l.borrow().len();
                return Ok(Some(new_iter(IterState::ListRev {
                    list: l.clone(),
                    index,
                })));
            }
            if let Some((dict, part)) = dict_part {
                let len = dict.len();
                return Ok(Some(new_iter(IterState::DictRev {
                    dict,
                    part,
                    left: len,
                    len,
                })));
            }
            let mut items = match v {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_) => self.collect(v)?,
                Value::Dict(d) => d.keys(),
                Value::Iterator(_) if crate::views::view_of(v).is_some() => self.collect(v)?,
                Value::Instance(_) if self.lookup_special(v, "__getitem__").is_some() => {
                    let n = self.len(v)?;
                    let mut out = Vec::with_capacity(n);
                    for i in 0..n {
                        out.push(self.get_item(v, &Value::Int(i as i64))?);
                    }
                    out
                }
                _ => return Err(self.not_supported(v, "is not reversible")),
            };
            items.reverse();
            // CPython's reversed() of a list, range or dict is that type's own reverse iterator.
            let kind = match v {
                Value::List(_) => "list_reverseiterator",
                Value::Range(_) => "range_iterator",
                Value::Dict(_) => "dict_reversekeyiterator",
                _ => match crate::views::view_of(v) {
                    Some((_, crate::iter::DictPart::Keys)) => "dict_reversekeyiterator",
                    Some((_, crate::iter::DictPart::Values)) => "dict_reversevalueiterator",
                    Some((_, crate::iter::DictPart::Items)) => "dict_reverseitemiterator",
                    None => "reversed",
                },
            };
            new_iter(IterState::Items {
                items,
                index: 0,
                kind,
            })
        } else if t.is_subtype(&self.types.exceptions["BaseException"]) {
            return Ok(None);
        } else if matches!(t.dict.get_str("__new__"), Some(Value::StaticMethod(_))) {
            // A native class (ferropy-stdlib) with its own `__new__`.
            return Ok(None);
        } else if args.is_empty() && t.name == "NoneType" {
            Value::None
        } else if args.is_empty() && t.name == "ellipsis" {
            Value::Ellipsis
        } else if args.is_empty() && t.name == "NotImplementedType" {
            Value::NotImplemented
        } else if Rc::ptr_eq(t, &self.types.function) {
            return crate::codeobj::function_new(self, args, kwnames).map(Some);
        } else {
            return Err(self.type_error(format!("cannot create '{}' instances", t.name)));
        };
        Ok(Some(v))
    }

    /// `type(x)` or `type(name, bases, dict)`.
    fn type_call(&mut self, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let a = Args::new(args, kwnames);
        match a.pos {
            [v] => Ok(Value::Type(self.type_of(v))),
            [Value::Str(name), Value::Tuple(bases), ns] => {
                let Some(ns) = dict_of(ns) else {
                    return Err(self.type_error(format!(
                        "type.__new__() argument 3 must be dict, not {}",
                        self.type_name(ns)
                    )));
                };
                let mut bs = Vec::new();
                for b in bases.iter() {
                    match b {
                        Value::Type(t) => bs.push(t.clone()),
                        // The base's type is the metaclass CPython checks: never compatible.
                        _ => return Err(self.type_error(METACLASS_CONFLICT)),
                    }
                }
                // As type.__new__ does: a more derived metaclass among the bases takes over.
                if let Some(meta) = most_derived_metaclass(self, None, &bs)? {
                    return self.call(&Value::Type(meta), args, kwnames);
                }
                let npos = args.len() - kwnames.len();
                Ok(Value::Type(new_class(
                    self,
                    None,
                    name.as_str(),
                    bs,
                    &ns,
                    &args[npos..],
                    kwnames,
                )?))
            }
            [Value::Str(_), b, _] if !matches!(b, Value::Tuple(_)) => {
                Err(self.type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    self.type_name(b)
                )))
            }
            [n, _, _] if !matches!(n, Value::Str(_)) => Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.type_name(n)
            ))),
            _ => Err(self.type_error("type() takes 1 or 3 arguments")),
        }
    }
}

/// The int of a value, for constructors and conversions that accept ints only.
pub fn int_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<num_bigint::BigInt> {
    to_bigint(v).ok_or_else(|| {
        vm.type_error(format!(
            "{what}: '{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

/// Whether a looked-up `__new__`/`__init__` is `object`'s own (the default slots).
pub fn is_object_slot(v: &Option<Value>) -> bool {
    match v {
        Some(Value::Builtin(b)) => b.owner == Some("object"),
        Some(Value::StaticMethod(f)) => {
            matches!(&**f, Value::Builtin(b) if b.owner == Some("object"))
        }
        _ => false,
    }
}

/// A metaclass-created class keeps the metaclass for `type(C)`.
pub fn set_metaclass(class: &Rc<PyType>, meta: &Rc<PyType>) {
    *class.metaclass.borrow_mut() = Some(meta.clone());
}

impl Vm {
    /// An ABC with abstract methods left (`__abstractmethods__`, set by `ABCMeta`) cannot be
    /// instantiated.
    fn check_not_abstract(&mut self, t: &Rc<PyType>) -> PyResult<()> {
        let name = crate::attr::name_object("__abstractmethods__");
        let Some(Value::FrozenSet(set) | Value::Set(set)) = t.lookup_cached(&name) else {
            return Ok(());
        };
        let mut names: Vec<String> = set
            .items
            .borrow()
            .iter()
            .filter_map(|k| k.key.as_str().map(str::to_string))
            .collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let s = if names.len() == 1 { "" } else { "s" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            t.name,
            names.join(", ")
        )))
    }
}

/// The `OSError` subclass CPython picks for an errno (`FileNotFoundError` for ENOENT, ...);
/// `None` for plain `OSError`.
pub fn os_error_class_name(code: i32) -> Option<&'static str> {
    Some(match code {
        libc::ENOENT => "FileNotFoundError",
        libc::EEXIST => "FileExistsError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECHILD => "ChildProcessError",
        libc::ESRCH => "ProcessLookupError",
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return None,
    })
}

pub fn new_instance_dict() -> RefCell<Option<Rc<PyDict>>> {
    RefCell::new(None)
}
