//! The hidden builtins behind `async for` (`<aiter>`, `<anext>`) and `async with`
//! (`<async_enter>`): the special-method lookups and CPython's errors for them.

use crate::exceptions::PyResult;
use crate::value::{BoundMethod, Value};
use crate::Vm;
use std::rc::Rc;

/// `<aiter>(x)`: `type(x).__aiter__(x)`, which must have `__anext__`.
pub fn aiter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = args.first().cloned().unwrap_or(Value::None);
    let Some(m) = vm.lookup_special(&x, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(&x)
        )));
    };
    let it = vm.call_method_value(&m, &x, &[], &[])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `<anext>(it)`: the awaitable of `type(it).__anext__(it)`.
pub fn anext(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    let Some(m) = vm.lookup_special(&it, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(&it)
        )));
    };
    vm.call_method_value(&m, &it, &[], &[])
}

/// `<async_enter>(mgr)`: `(mgr.__aenter__(), bound mgr.__aexit__)`, both looked up on the type.
pub fn async_enter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mgr = args.first().cloned().unwrap_or(Value::None);
    let enter = vm.lookup_special(&mgr, "__aenter__");
    let exit = vm.lookup_special(&mgr, "__aexit__");
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let missing = if enter.is_none() {
            ""
        } else {
            " (missed __aexit__ method)"
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{missing}",
            vm.type_name(&mgr)
        )));
    };
    let awaitable = vm.call_method_value(&enter, &mgr, &[], &[])?;
    let bound = Value::BoundMethod(Rc::new(BoundMethod {
        func: exit,
        receiver: mgr,
    }));
    Ok(Value::tuple(vec![awaitable, bound]))
}

/// `aiter(x)`: `type(x).__aiter__(x)`, which must be an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::args::Args::new(args, kw).exact(vm, "aiter", 1)?;
    let x = a[0].clone();
    let Some(m) = vm.lookup_special(&x, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&x)
        )));
    };
    let it = vm.call_method_value(&m, &x, &[], &[])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `type(it).__anext__(it)`; with a default, an
/// awaitable whose StopAsyncIteration becomes the default as its result.
pub fn builtin_anext(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::args::Args::new(args, kw).range(vm, "anext", 1, 2)?;
    let it = a[0].clone();
    let Some(m) = vm.lookup_special(&it, "__anext__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&it)
        )));
    };
    let awaitable = vm.call_method_value(&m, &it, &[], &[])?;
    let Some(default) = a.get(1).cloned() else {
        return Ok(awaitable);
    };
    let class = anext_type(vm);
    let inst = crate::value::PyInstance::new(class);
    let state = WithDefault {
        awaitable,
        iter: std::cell::RefCell::new(None),
        default,
    };
    *inst.extra().base_value.borrow_mut() = Value::Opaque(Rc::new(Box::new(state)));
    Ok(Value::Instance(Rc::new(inst)))
}

/// The state of `anext(it, default)`'s awaitable.
struct WithDefault {
    awaitable: Value,
    /// What `awaitable.__await__()` returned, once first driven.
    iter: std::cell::RefCell<Option<Value>>,
    default: Value,
}

fn anext_type(vm: &mut Vm) -> Rc<crate::types::PyType> {
    if let Some(Value::Type(t)) = vm.builtins.get_str("<anext_awaitable>") {
        return t;
    }
    let t = crate::types::PyType::new("anext_awaitable", vec![vm.types.object.clone()], false);
    let methods: [(&'static str, crate::value::NativeFn); 6] = [
        ("send", wd_send),
        ("throw", wd_throw),
        ("close", wd_close),
        ("__next__", wd_next),
        ("__iter__", same),
        ("__await__", same),
    ];
    for (name, func) in methods {
        let f = crate::value::BuiltinFunction {
            name,
            func,
            bound: None,
            owner: Some("anext_awaitable"),
        };
        t.dict.set_str(name, Value::Builtin(Rc::new(f)));
    }
    vm.builtins
        .set_str("<anext_awaitable>", Value::Type(t.clone()));
    t
}

fn same(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn with_default(vm: &Vm, args: &[Value]) -> PyResult<Rc<crate::value::OpaqueBox>> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            if o.downcast_ref::<WithDefault>().is_some() {
                return Ok(o.clone());
            }
        }
    }
    Err(vm.type_error("descriptor requires an 'anext_awaitable' object"))
}

/// The inner awaitable's iterator (`__await__()`, or a coroutine itself).
fn inner(vm: &mut Vm, w: &WithDefault) -> PyResult<Value> {
    if let Some(it) = w.iter.borrow().clone() {
        return Ok(it);
    }
    let it = crate::generator::await_iter(vm, &[w.awaitable.clone()], &[])?;
    *w.iter.borrow_mut() = Some(it.clone());
    Ok(it)
}

/// StopAsyncIteration from the inner awaitable becomes StopIteration(default).
fn stop_default(vm: &mut Vm, w: &WithDefault, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.matches(vm, "StopAsyncIteration") => {
            Err(crate::generator::stop_iteration(vm, w.default.clone()))
        }
        other => other,
    }
}

fn wd_call(vm: &mut Vm, args: &[Value], method: &str, pass: &[Value]) -> PyResult<Value> {
    let o = with_default(vm, args)?;
    let w = o.downcast_ref::<WithDefault>().expect("checked");
    let it = inner(vm, w)?;
    let r = match vm.get_attr_str(&it, method) {
        Ok(m) => vm.call(&m, pass, &[]),
        Err(e) => Err(e),
    };
    stop_default(vm, w, r)
}

fn wd_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = with_default(vm, args)?;
    let w = o.downcast_ref::<WithDefault>().expect("checked");
    let it = inner(vm, w)?;
    let r = vm.next_or_return(&it).and_then(|step| match step {
        Ok(v) => Ok(v),
        Err(v) => Err(crate::generator::stop_iteration(vm, v)),
    });
    stop_default(vm, w, r)
}

fn wd_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    wd_call(vm, args, "send", &[v])
}

fn wd_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    wd_call(vm, &args[..1], "throw", &args[1..])
}

fn wd_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    wd_call(vm, &args[..1], "close", &[])
}
