//! The descriptor protocol's methods on the builtin descriptor types (`function.__get__`,
//! `property.__get__`/`__set__`/`__delete__`, `staticmethod.__get__`, `classmethod.__get__`),
//! for Python code that calls them or tests for them (`enum`'s `_is_descriptor`, `inspect`).

use crate::exceptions::PyResult;
use crate::value::{BoundMethod, BuiltinFunction, NativeFn, Value};
use crate::Vm;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let reg =
        |ty: &Rc<crate::types::PyType>, owner: &'static str, m: &[(&'static str, NativeFn)]| {
            for (name, func) in m {
                let f = BuiltinFunction {
                    name,
                    func: *func,
                    bound: None,
                    owner: Some(owner),
                };
                ty.dict.set_str(name, Value::Builtin(Rc::new(f)));
            }
        };
    reg(&t.function, "function", &[("__get__", function_get)]);
    // Traceback snapshots are writable (`unittest` cuts `tb_next`).
    for ty in [&t.traceback, &t.frame, &t.code_snapshot] {
        ty.has_dict.set(true);
    }
    reg(&t.frame, "frame", &[("clear", |_, _, _| Ok(Value::None))]);
    // `__isabstractmethod__` of wrapped functions (abc counts abstract properties and
    // classmethods through it).
    for ty in [&t.property, &t.classmethod, &t.staticmethod] {
        let getter = BuiltinFunction {
            name: "__isabstractmethod__",
            func: is_abstract,
            bound: None,
            owner: Some("descriptor"),
        };
        let p = crate::value::Property {
            getter: Value::Builtin(Rc::new(getter)),
            setter: Value::None,
            deleter: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(None),
        };
        ty.dict
            .set_str("__isabstractmethod__", Value::Property(Rc::new(p)));
    }
    reg(
        &t.property,
        "property",
        &[
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    reg(
        &t.staticmethod,
        "staticmethod",
        &[("__get__", staticmethod_get)],
    );
    reg(
        &t.classmethod,
        "classmethod",
        &[("__get__", classmethod_get)],
    );
    let new = BuiltinFunction {
        name: "__new__",
        func: method_new,
        bound: None,
        owner: Some("method"),
    };
    t.method.dict.set_str(
        "__new__",
        Value::StaticMethod(Rc::new(Value::Builtin(Rc::new(new)))),
    );
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(func), Some(obj)) = (args.get(1), args.get(2)) else {
        return Err(vm.type_error("method expected 2 arguments"));
    };
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: func.clone(),
        receiver: obj.clone(),
    })))
}

fn obj_arg(args: &[Value]) -> Value {
    args.get(1).cloned().unwrap_or(Value::None)
}

fn function_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let obj = obj_arg(args);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: args[0].clone(),
        receiver: obj,
    })))
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Value::Property(p) = &args[0] else {
        return Err(vm.type_error("descriptor '__get__' requires a 'property' object"));
    };
    let obj = obj_arg(args);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    if p.getter.is_none() {
        return Err(vm.property_error(p, &obj, "getter"));
    }
    vm.call(&p.getter, &[obj], &[])
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Value::Property(p) = &args[0] else {
        return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
    };
    if p.setter.is_none() {
        return Err(vm.err("AttributeError", "property has no setter"));
    }
    let value = args.get(2).cloned().unwrap_or(Value::None);
    vm.call(&p.setter, &[obj_arg(args), value], &[])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Value::Property(p) = &args[0] else {
        return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
    };
    if p.deleter.is_none() {
        return Err(vm.err("AttributeError", "property has no deleter"));
    }
    vm.call(&p.deleter, &[obj_arg(args)], &[])?;
    Ok(Value::None)
}

fn staticmethod_get(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match &args[0] {
        Value::StaticMethod(f) => Ok((**f).clone()),
        other => Ok(other.clone()),
    }
}

fn classmethod_get(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Value::ClassMethod(f) = &args[0] else {
        return Ok(args[0].clone());
    };
    let owner = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Type(vm.type_of(&obj_arg(args))),
    };
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: (**f).clone(),
        receiver: owner,
    })))
}

/// The other `co_*` attributes of a code object (`inspect` reads them).
pub fn code_attr(c: &crate::regcode::CodeUnit, name: &str) -> Option<Value> {
    let code = &c.code;
    let strs = |v: &[String]| Value::tuple(v.iter().map(|n| Value::str(n.clone())).collect());
    Some(match name {
        "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
        "co_flags" => Value::Int(i64::from(code.flags)),
        "co_qualname" => Value::str(code.qualname.clone()),
        "co_firstlineno" => Value::Int(i64::from(code.first_line)),
        "co_names" => strs(&code.names),
        "co_cellvars" => strs(&code.cellvars),
        "co_freevars" => strs(&code.freevars),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_code" => Value::Bytes(Rc::new(Vec::new())),
        "co_consts" => Value::tuple(Vec::new()),
        "co_stacksize" => Value::Int(0),
        _ => return None,
    })
}

fn is_abstract(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let inner = match &args[0] {
        Value::Property(p) => [p.getter.clone(), p.setter.clone(), p.deleter.clone()].to_vec(),
        Value::ClassMethod(f) | Value::StaticMethod(f) => vec![(**f).clone()],
        _ => Vec::new(),
    };
    for f in inner.iter().filter(|f| !f.is_none()) {
        if let Ok(v) = vm.get_attr_str(f, "__isabstractmethod__") {
            if vm.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

/// `C.__name__ = v` / `C.__qualname__ = v` on a class: only a string will do.
pub fn check_type_name(
    vm: &Vm,
    t: &crate::types::PyType,
    name: &str,
    value: &Value,
) -> PyResult<()> {
    if value.as_str().is_some() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "can only assign string to {}.{name}, not '{}'",
        t.name,
        vm.type_name(value)
    )))
}

/// The error of `del obj.name` when nothing could be deleted: a builtin object's method or
/// data attribute is read-only; otherwise the attribute is missing.
pub fn del_error(
    vm: &mut Vm,
    obj: &Value,
    name: &Rc<crate::value::PyStr>,
) -> crate::exceptions::PyErr {
    if let Value::Instance(inst) = obj {
        // A data descriptor without __delete__ (CPython looks the method up and fails).
        let desc = inst.class.borrow().lookup(name.as_str());
        if let Some(desc @ Value::Instance(_)) = desc {
            if vm.lookup_special(&desc, "__set__").is_some() {
                return vm.err("AttributeError", "__delete__");
            }
        }
    }
    if !matches!(obj, Value::Instance(_) | Value::Type(_) | Value::Module(_)) {
        let t = vm.type_of(obj);
        let tn = t.name.clone();
        let found = t.lookup(name.as_str());
        if matches!(
            found,
            Some(Value::Builtin(_) | Value::ClassMethod(_) | Value::StaticMethod(_))
        ) {
            return vm.err(
                "AttributeError",
                format!("'{tn}' object attribute '{}' is read-only", name.as_str()),
            );
        }
        if found.is_some() || vm.get_attr(obj, name).is_ok() {
            return vm.err(
                "AttributeError",
                format!(
                    "attribute '{}' of '{tn}' objects is not writable",
                    name.as_str()
                ),
            );
        }
    }
    vm.attribute_error(obj, name.as_str())
}
