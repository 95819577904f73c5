//! Building blocks for native classes: a builtin type whose instances keep their Rust state in
//! `PyInstance::base_value` (`Value::Opaque`), created once per thread and found by name.

use ferropy_vm::types::PyType;
use ferropy_vm::value::{BuiltinFunction, NativeFn, OpaqueBox, Property, PyInstance, Value};
use ferropy_vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// Native classes by "module.name" (the interpreter is single-threaded).
    static TYPES: RefCell<HashMap<&'static str, Rc<PyType>>> = RefCell::new(HashMap::new());
}

/// A class description: its methods, its `__new__`, its read-only properties.
pub struct ClassSpec {
    pub module: &'static str,
    pub name: &'static str,
    /// CPython's `tp_name` ("module.name"): the owner of its methods, and where `class` finds it
    /// again.
    pub key: &'static str,
    pub new: Option<NativeFn>,
    pub methods: &'static [(&'static str, NativeFn)],
    pub getters: &'static [(&'static str, NativeFn)],
    pub classmethods: &'static [(&'static str, NativeFn)],
}

fn builtin(name: &'static str, owner: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        bound: None,
        owner: Some(owner),
    }))
}

/// The class of `spec`, created (with `bases`, default `object`) on first use.
pub fn class(vm: &Vm, spec: &ClassSpec, bases: Option<Vec<Rc<PyType>>>) -> Rc<PyType> {
    if let Some(t) = TYPES.with(|t| t.borrow().get(spec.key).cloned()) {
        return t;
    }
    let bases = bases.unwrap_or_else(|| vec![vm.types.object.clone()]);
    let t = PyType::new(spec.name, bases, false);
    *t.module.borrow_mut() = spec.module.into();
    for (name, f) in spec.methods {
        t.dict.set_str(name, builtin(name, spec.key, *f));
    }
    for (name, f) in spec.classmethods {
        let m = Value::ClassMethod(Rc::new(builtin(name, spec.key, *f)));
        t.dict.set_str(name, m);
    }
    for (name, f) in spec.getters {
        let p = Property {
            getter: builtin(name, spec.key, *f),
            setter: Value::None,
            deleter: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(name.to_string())),
        };
        t.dict.set_str(name, Value::Property(Rc::new(p)));
    }
    if let Some(new) = spec.new {
        let f = builtin("__new__", spec.key, new);
        t.dict.set_str("__new__", Value::StaticMethod(Rc::new(f)));
    }
    t.dict.set_str("__doc__", Value::None);
    TYPES.with(|m| m.borrow_mut().insert(spec.key, t.clone()));
    t
}

/// A new instance of `cls` holding `state`.
pub fn instance<T: 'static>(cls: Rc<PyType>, state: T) -> Value {
    let inst = PyInstance::new(cls);
    let b: OpaqueBox = Box::new(RefCell::new(state));
    *inst.extra().base_value.borrow_mut() = Value::Opaque(Rc::new(b));
    Value::Instance(Rc::new(inst))
}

/// The native state of `v` (a `RefCell<T>`), kept alive by the returned handle.
pub struct State<T: 'static> {
    rc: Rc<OpaqueBox>,
    _t: std::marker::PhantomData<T>,
}

impl<T: 'static> std::ops::Deref for State<T> {
    type Target = RefCell<T>;
    fn deref(&self) -> &RefCell<T> {
        // `state` checked the type before making the handle.
        self.rc
            .downcast_ref::<RefCell<T>>()
            .expect("state type checked at creation")
    }
}

/// The state of type `T` behind `v`, if it has one.
pub fn try_state<T: 'static>(v: &Value) -> Option<State<T>> {
    if let Value::Instance(i) = v {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            if o.downcast_ref::<RefCell<T>>().is_some() {
                return Some(State {
                    rc: o.clone(),
                    _t: std::marker::PhantomData,
                });
            }
        }
    }
    None
}

/// The state of type `T` behind `v`; a TypeError naming `what` when `v` has none.
pub fn state<T: 'static>(vm: &Vm, v: &Value, what: &str) -> PyResult<State<T>> {
    if let Value::Instance(i) = v {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            if o.downcast_ref::<RefCell<T>>().is_some() {
                return Ok(State {
                    rc: o.clone(),
                    _t: std::marker::PhantomData,
                });
            }
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '{what}' object but received a '{}'",
        vm.type_name(v)
    )))
}

/// The class of a receiver passed to `__new__`.
pub fn cls_arg(vm: &Vm, args: &[Value]) -> PyResult<Rc<PyType>> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// A module value from a dict.
pub fn module(name: &str, dict: Rc<ferropy_vm::dict::PyDict>) -> Value {
    dict.set_str("__name__", Value::str(name));
    Value::Module(Rc::new(ferropy_vm::value::PyModule {
        name: name.into(),
        dict,
    }))
}

/// Raises StopIteration (the end of a native `__next__`).
pub fn stop(vm: &Vm) -> ferropy_vm::PyErr {
    let class = vm.types.exceptions["StopIteration"].clone();
    vm.new_exception(&class, Vec::new())
}

/// An `int` argument (ints, bools, `__index__`) as a big integer, with CPython's message.
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = ferropy_vm::int::to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.lookup_special(v, "__index__") {
            let r = vm.call_method_value(&m, v, &[], &[])?;
            if let Some(b) = ferropy_vm::int::to_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// An `int` argument that must fit in an `i64` (OverflowError otherwise, as a C `Py_ssize_t`).
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = int_arg(vm, v)?;
    i64::try_from(&b).map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}
