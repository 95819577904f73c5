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
