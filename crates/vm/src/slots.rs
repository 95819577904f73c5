//! `__slots__`: a class that lists its attributes gets a member descriptor per name (an instance
//! of `member_descriptor` whose `base_value` is the slot's index) and, unless some base has one,
//! no per-instance `__dict__`. Slot values live in `PyInstance::slot_values`.

use crate::dict::PyDict;
use crate::exceptions::PyResult;
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, PyInstance, Value};
use crate::Vm;
use std::rc::Rc;

/// Reads `__slots__` from a class namespace and installs its member descriptors.
pub fn install_slots(vm: &mut Vm, class: &Rc<PyType>, ns: &PyDict) -> PyResult<()> {
    let inherited = class
        .bases
        .borrow()
        .iter()
        .map(|b| b.nslots.get())
        .max()
        .unwrap_or(0);
    class.nslots.set(inherited);
    let Some(spec) = ns.get_str("__slots__") else {
        return Ok(());
    };
    let names = match &spec {
        Value::Str(s) => vec![s.s.to_string()],
        other => {
            let mut out = Vec::new();
            for v in vm.collect(other)? {
                match v {
                    Value::Str(s) => out.push(s.s.to_string()),
                    v => {
                        return Err(vm.type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            vm.type_name(&v)
                        )))
                    }
                }
            }
            out
        }
    };
    let base_has_dict = class.bases.borrow().iter().any(|b| b.has_dict.get());
    class
        .has_dict
        .set(base_has_dict || names.iter().any(|n| n == "__dict__"));
    for name in &names {
        if ns.get_str(name).is_some() && name != "__dict__" && name != "__weakref__" {
            return Err(vm.value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
    }
    let mut index = inherited;
    for name in names
        .iter()
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
    {
        let desc = PyInstance::new(vm.types.member_descriptor.clone());
        desc.dict.set_str("__name__", Value::str(name.clone()));
        desc.dict
            .set_str("__objclass__", Value::Type(class.clone()));
        *desc.extra().base_value.borrow_mut() = Value::Int(index as i64);
        class.dict.set_str(name, Value::Instance(Rc::new(desc)));
        index += 1;
    }
    class.nslots.set(index);
    Ok(())
}

/// The descriptor's slot index and attribute name.
fn slot_of(vm: &Vm, desc: &Value) -> PyResult<(usize, String)> {
    if let Value::Instance(d) = desc {
        if let (Value::Int(i), Some(Value::Str(n))) =
            (&*d.base_value().borrow(), d.dict.get_str("__name__"))
        {
            return Ok((*i as usize, n.s.to_string()));
        }
    }
    Err(vm.type_error("descriptor requires a 'member_descriptor' object"))
}

fn get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (index, name) = slot_of(vm, &args[0])?;
    match args.get(1) {
        Some(Value::Instance(obj)) => {
            let v = obj
                .extra()
                .slot_values
                .borrow()
                .get(index)
                .cloned()
                .unwrap_or(Value::Undef);
            match v {
                Value::Undef => Err(vm.attribute_error(&args[1], &name)),
                v => Ok(v),
            }
        }
        _ => Ok(args[0].clone()),
    }
}

fn set(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (index, _) = slot_of(vm, &args[0])?;
    let (Some(Value::Instance(obj)), Some(v)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error("__set__ expected 2 arguments"));
    };
    let mut values = obj.extra().slot_values.borrow_mut();
    if values.len() <= index {
        values.resize(index + 1, Value::Undef);
    }
    let old = std::mem::replace(&mut values[index], v.clone());
    drop(values);
    drop(old);
    Ok(Value::None)
}

fn delete(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (index, name) = slot_of(vm, &args[0])?;
    let Some(Value::Instance(obj)) = args.get(1) else {
        return Err(vm.type_error("__delete__ expected 1 argument"));
    };
    let old = obj
        .extra()
        .slot_values
        .borrow_mut()
        .get_mut(index)
        .map(std::mem::take);
    match old {
        Some(v) if !matches!(v, Value::Undef) => Ok(Value::None),
        // CPython names just the attribute when deleting an unset slot.
        _ => Err(vm.err("AttributeError", name)),
    }
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (_, name) = slot_of(vm, &args[0])?;
    let owner = match &args[0] {
        Value::Instance(d) => match d.dict.get_str("__objclass__") {
            Some(Value::Type(t)) => t.name.clone(),
            _ => "?".into(),
        },
        _ => "?".into(),
    };
    Ok(Value::str(format!(
        "<member '{name}' of '{owner}' objects>"
    )))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__get__", get),
        ("__set__", set),
        ("__delete__", delete),
        ("__repr__", repr),
    ];
    for (name, func) in methods {
        let f = BuiltinFunction {
            name,
            func: *func,
            bound: None,
            owner: Some("member_descriptor"),
        };
        t.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
}
