//! `code.replace()` and the `function(code, globals, ...)` constructor: what `types.coroutine`
//! needs to make a generator function's generators awaitable (CO_ITERABLE_COROUTINE).

use crate::args::Args;
use crate::exceptions::PyResult;
use crate::regcode::CodeUnit;
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `code.replace(co_flags=..., co_name=..., co_qualname=..., co_firstlineno=...)`: a copy with
/// those fields changed (the fields that need no new bytecode).
pub fn code_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(Value::Code(unit)) = args.first() else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.len() > 1 + kw.len() {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let a = Args::new(&args[1..], kw);
    let mut code = (*unit.code).clone();
    for name in kw {
        let name = name.as_str().unwrap_or("");
        let v = a.kw(name).unwrap_or(Value::None);
        let int = |vm: &Vm| {
            crate::int::as_i64(&v)
                .ok_or_else(|| vm.type_error(format!("replace() argument '{name}' must be int")))
        };
        let text = |vm: &Vm| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| vm.type_error(format!("replace() argument '{name}' must be str")))
        };
        match name {
            "co_flags" => {
                let f = int(vm)?;
                if f < 0 || (f as u64) & !u64::from(ferropy_bytecode::flags::ALL) != 0 {
                    return Err(vm.value_error("code: unsupported co_flags"));
                }
                code.flags = f as u32;
            }
            "co_name" => code.name = text(vm)?,
            "co_qualname" => code.qualname = text(vm)?,
            "co_firstlineno" => code.first_line = int(vm)? as u32,
            _ => {
                return Err(vm.type_error(format!(
                    "replace() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let new = CodeUnit::new(
        Rc::new(code),
        unit.consts.clone(),
        unit.names.clone(),
        unit.cell_params.clone(),
        unit.plain,
    );
    Ok(Value::Code(Rc::new(new)))
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`.
pub fn function_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (Some(Value::Code(code)), Some(Value::Dict(globals))) =
        (a.arg_or_kw(0, "code"), a.arg_or_kw(1, "globals"))
    else {
        return Err(vm.type_error("function() argument 'code' must be code, 'globals' dict"));
    };
    let name = match a.arg_or_kw(2, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => code.code.name.clone(),
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match a.arg_or_kw(3, "argdefs") {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::None) | None => Vec::new(),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let closure = match a.arg_or_kw(4, "closure") {
        Some(Value::Tuple(t)) => t
            .iter()
            .map(|c| match c {
                Value::Cell(c) => Ok(c.clone()),
                _ => Err(vm.type_error("arg 5 (closure) expected cell")),
            })
            .collect::<PyResult<Vec<_>>>()?,
        Some(Value::None) | None => Vec::new(),
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if closure.len() != code.code.freevars.len() {
        return Err(vm.value_error(format!(
            "{} requires closure of length {}, not {}",
            code.code.name,
            code.code.freevars.len(),
            closure.len()
        )));
    }
    let module = globals.get_str("__name__").unwrap_or(Value::None);
    let fun = PyFunction {
        qualname: RefCell::new(code.code.qualname.clone()),
        code,
        globals,
        name: RefCell::new(name),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure,
        dict: RefCell::new(None),
        module,
    };
    Ok(crate::gc::track_function(Rc::new(fun)))
}
