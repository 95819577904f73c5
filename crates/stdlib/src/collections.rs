//! The `_collections` module: `deque` (in `deque.rs`), `defaultdict` (a dict subclass whose
//! instances wrap a dict and keep `default_factory` in their own namespace) and
//! `_count_elements` (Counter's inner loop).

use crate::deque;
use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::{BuiltinFunction, Property, PyInstance, Value};
use ferropy_vm::{PyResult, Vm};
use std::rc::Rc;

static DEFAULTDICT: ClassSpec = ClassSpec {
    module: "collections",
    name: "defaultdict",
    key: "collections.defaultdict",
    new: Some(dd_new),
    methods: &[
        ("__init__", dd_init),
        ("__missing__", dd_missing),
        ("__repr__", dd_repr),
        ("copy", dd_copy),
        ("__copy__", dd_copy),
        ("__or__", dd_or),
        ("__ror__", dd_ror),
        ("__reduce__", dd_reduce),
        ("__reduce_ex__", |vm, a, _| dd_reduce(vm, &a[..1], &[])),
    ],
    getters: &[],
    classmethods: &[],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let dq = native::class(vm, &deque::DEQUE, None);
    dq.dict.set_str("__hash__", Value::None);
    dict.set_str("deque", Value::Type(dq));
    for s in [&deque::DEQUE_ITER, &deque::DEQUE_REV_ITER] {
        dict.set_str(s.name, Value::Type(native::class(vm, s, None)));
    }
    let dd = native::class(vm, &DEFAULTDICT, Some(vec![vm.types.dict.clone()]));
    let accessor = |name: &'static str, f| {
        Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func: f,
            bound: None,
            owner: Some("collections.defaultdict"),
        }))
    };
    let prop = Property {
        getter: accessor("default_factory", get_factory),
        setter: accessor("default_factory", set_factory),
        deleter: Value::None,
        doc: Value::None,
        name: std::cell::RefCell::new(Some("default_factory".to_string())),
    };
    dd.dict
        .set_str("default_factory", Value::Property(Rc::new(prop)));
    dict.set_str("defaultdict", Value::Type(dd));
    dict.set_str(
        "_count_elements",
        ferropy_vm::builtins::native("_count_elements", count_elements),
    );
    native::module("_collections", dict)
}

fn inst(vm: &Vm, v: &Value) -> PyResult<Rc<PyInstance>> {
    match v {
        Value::Instance(i) if matches!(&*i.base_value().borrow(), Value::Dict(_)) => Ok(i.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'collections.defaultdict' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn factory(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(inst(vm, v)?
        .dict
        .get_str("default_factory")
        .unwrap_or(Value::None))
}

fn get_factory(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    factory(vm, &args[0])
}

fn set_factory(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    inst(vm, &args[0])?.dict.set_str("default_factory", v);
    Ok(Value::None)
}

fn dd_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let i = PyInstance::new(cls);
    *i.extra().base_value.borrow_mut() = Value::Dict(Rc::new(ferropy_vm::dict::PyDict::new()));
    let i = Rc::new(i);
    ferropy_vm::gc::track_instance(&i);
    Ok(Value::Instance(i))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Type(_)
        | Value::StaticMethod(_)
        | Value::ClassMethod(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
        _ => false,
    }
}

fn dd_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let npos = args.len() - kw.len();
    let (f, rest_start) = if npos > 1 {
        (args[1].clone(), 2)
    } else {
        (Value::None, 1)
    };
    if !f.is_none() && !is_callable(vm, &f) {
        return Err(vm.type_error("first argument must be callable or None"));
    }
    inst(vm, me)?.dict.set_str("default_factory", f);
    let dict_init = vm.types.dict.lookup("update").unwrap_or_default();
    let mut rest = vec![me.clone()];
    rest.extend_from_slice(&args[rest_start..]);
    if rest.len() - kw.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.len() - kw.len() - 1
        )));
    }
    vm.call(&dict_init, &rest, kw)?;
    Ok(Value::None)
}

fn dd_missing(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "__missing__", 1)?;
    let f = factory(vm, &args[0])?;
    if f.is_none() {
        return Err(vm.key_error(a[0].clone()));
    }
    let v = vm.call(&f, &[], &[])?;
    vm.set_item(&args[0], a[0].clone(), v.clone())?;
    Ok(v)
}

fn the_dict(vm: &Vm, v: &Value) -> PyResult<Rc<ferropy_vm::dict::PyDict>> {
    match &*inst(vm, v)?.base_value().borrow() {
        Value::Dict(d) => Ok(d.clone()),
        _ => Err(vm.type_error("not a defaultdict")),
    }
}

fn dd_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let name = vm.type_of(me).name.clone();
    let f = factory(vm, me)?;
    let p = me.heap_ptr().unwrap_or(0);
    let frepr = if f.is_none() {
        "None".to_string()
    } else if vm.repr_stack.contains(&p) {
        "...".to_string()
    } else {
        vm.repr_stack.push(p);
        let r = vm.repr(&f);
        vm.repr_stack.pop();
        r?
    };
    let d = Value::Dict(the_dict(vm, me)?);
    let body = vm.repr(&d)?;
    Ok(Value::str(format!("{name}({frepr}, {body})")))
}

/// A new defaultdict of `me`'s class with the same factory and a copy of `items`.
fn new_like(vm: &mut Vm, me: &Value, items: &ferropy_vm::dict::PyDict) -> PyResult<Value> {
    let cls = vm.type_of(me);
    let f = factory(vm, me)?;
    let out = dd_new(vm, &[Value::Type(cls)], &[])?;
    inst(vm, &out)?.dict.set_str("default_factory", f);
    *inst(vm, &out)?.extra().base_value.borrow_mut() = Value::Dict(Rc::new(items.copy()));
    Ok(out)
}

fn dd_copy(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = the_dict(vm, &args[0])?;
    new_like(vm, &args[0], &d)
}

fn is_dict(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(i) => matches!(&*i.base_value().borrow(), Value::Dict(_)),
        _ => false,
    }
}

fn dd_or(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "__or__", 1)?;
    if !is_dict(&a[0]) {
        return Ok(Value::NotImplemented);
    }
    let d = the_dict(vm, &args[0])?;
    let out = new_like(vm, &args[0], &d)?;
    vm.dict_update(&Value::Dict(the_dict(vm, &out)?), &a[0])?;
    Ok(out)
}

fn dd_ror(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "__ror__", 1)?;
    if !is_dict(&a[0]) {
        return Ok(Value::NotImplemented);
    }
    let empty = ferropy_vm::dict::PyDict::new();
    let out = new_like(vm, &args[0], &empty)?;
    let target = Value::Dict(the_dict(vm, &out)?);
    vm.dict_update(&target, &a[0])?;
    vm.dict_update(&target, &Value::Dict(the_dict(vm, &args[0])?))?;
    Ok(out)
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).exact(vm, "_count_elements", 2)?;
    let (mapping, it) = (&a[0], vm.get_iter(&a[1])?);
    let get = vm.get_attr_str(mapping, "get")?;
    let add = ferropy_bytecode::BinaryOperator::Add as u8;
    while let Some(x) = vm.next(&it)? {
        let old = vm.call(&get, &[x.clone(), Value::Int(0)], &[])?;
        let new = match old {
            Value::Int(n) if n < i64::MAX => Value::Int(n + 1),
            other => vm.binary_op(add, &other, &Value::Int(1))?,
        };
        vm.set_item(mapping, x, new)?;
    }
    Ok(Value::None)
}

/// `(type, (factory,), None, None, items)`, for `copy` and `pickle`.
fn dd_reduce(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let me = &args[0];
    let f = factory(vm, me)?;
    let ctor_args = if f.is_none() { vec![] } else { vec![f] };
    let d = Value::Dict(the_dict(vm, me)?);
    let items_method = vm.get_attr_str(&d, "items")?;
    let items = vm.call(&items_method, &[], &[])?;
    let it = vm.get_iter(&items)?;
    Ok(Value::tuple(vec![
        Value::Type(vm.type_of(me)),
        Value::tuple(ctor_args),
        Value::None,
        Value::None,
        it,
    ]))
}
