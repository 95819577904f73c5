//! Asynchronous generators (`async def` with `yield`) and the awaitables their methods return.
//!
//! An async generator's frame runs like a coroutine's: an `await` inside it suspends the frame
//! at a `yield from` whose values go out to the event loop, while its own `yield` suspends it at
//! a plain yield (`frame.resume_dst` set), recorded in `PyGenerator::yielded` after each step.
//! `__anext__()`/`asend(v)` return an `async_generator_asend` awaitable and `athrow()`/`aclose()`
//! an `async_generator_athrow`: driving one resumes the generator, passes awaited values through,
//! and turns the generator's own `yield v` into `StopIteration(v)` (the awaitable's result).

use crate::exceptions::{PyErr, PyResult};
use crate::generator::{GenStep, PyGenerator};
use crate::types::PyType;
use crate::value::{BuiltinFunction, NativeFn, PyInstance, Value};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Per-VM state: the awaitable types (made on first use) and `sys.set_asyncgen_hooks`' hooks.
pub struct AsyncGenState {
    types: Option<(Rc<PyType>, Rc<PyType>)>,
    pub firstiter: Value,
    pub finalizer: Value,
}

impl Default for AsyncGenState {
    fn default() -> Self {
        AsyncGenState {
            types: None,
            firstiter: Value::None,
            finalizer: Value::None,
        }
    }
}

/// What an awaitable does when first driven.
enum Mode {
    /// `__anext__()` / `asend(v)`: resume the generator with `v`.
    Send(Value),
    /// `athrow(exc)`: raise `exc` where it is suspended.
    Throw(Value),
    /// `aclose()`: raise GeneratorExit; finishing (or raising it back) is success.
    Close,
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

struct Awaitable {
    gen: Rc<PyGenerator>,
    mode: RefCell<Mode>,
    state: Cell<u8>,
}

/// Installs the async generator's methods (`__aiter__`, `__anext__`, `asend`, `athrow`, `aclose`).
pub fn install(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    let methods: [(&'static str, NativeFn); 5] = [
        ("__aiter__", aiter),
        ("__anext__", anext),
        ("asend", asend),
        ("athrow", athrow),
        ("aclose", aclose),
    ];
    crate::methods::register(&t, "async_generator", &methods);
    let types = [
        (
            vm.types.generator.clone(),
            "gi_",
            &["code", "frame", "running", "suspended", "yieldfrom"][..],
        ),
        (
            vm.types.coroutine.clone(),
            "cr_",
            &["await", "code", "frame", "origin", "running", "suspended"][..],
        ),
        (t, "ag_", &["await", "code", "frame", "running"][..]),
    ];
    for (t, prefix, fields) in types {
        for field in fields {
            let getter: NativeFn = match *field {
                "code" => get_code,
                "frame" => get_frame,
                "running" => get_running,
                "suspended" => get_suspended,
                _ => get_none,
            };
            let f = BuiltinFunction {
                name: field,
                func: getter,
                bound: None,
                owner: None,
            };
            let prop = crate::value::Property {
                getter: Value::Builtin(Rc::new(f)),
                setter: Value::None,
                deleter: Value::None,
                doc: Value::None,
                name: RefCell::new(Some(format!("{prefix}{field}"))),
            };
            t.dict
                .set_str(&format!("{prefix}{field}"), Value::Property(Rc::new(prop)));
        }
    }
}

/// The introspection properties listed by `dir()` (`gi_code`, `cr_frame`, `ag_running`, ...).
fn introspect_field(vm: &mut Vm, args: &[Value], field: &str) -> PyResult<Value> {
    match args.first() {
        Some(Value::Generator(g)) => {
            let prefix = ["gi_", "cr_", "ag_"][g.kind.min(2) as usize];
            Ok(
                crate::generator::introspect(vm, g, &format!("{prefix}{field}"))
                    .unwrap_or(Value::None),
            )
        }
        _ => Err(vm.type_error("descriptor requires a generator object")),
    }
}

fn get_code(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    introspect_field(vm, args, "code")
}

fn get_frame(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    introspect_field(vm, args, "frame")
}

fn get_running(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    introspect_field(vm, args, "running")
}

fn get_suspended(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    introspect_field(vm, args, "suspended")
}

fn get_none(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::None)
}

fn awaitable_type(vm: &Vm, name: &'static str) -> Rc<PyType> {
    let t = PyType::new(name, vec![vm.types.object.clone()], false);
    let methods: [(&'static str, NativeFn); 6] = [
        ("send", aw_send),
        ("throw", aw_throw),
        ("close", aw_close),
        ("__next__", aw_next),
        ("__iter__", same),
        ("__await__", same),
    ];
    crate::methods::register(&t, name, &methods);
    t
}

fn same(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn the_agen(vm: &Vm, args: &[Value]) -> PyResult<Rc<PyGenerator>> {
    match args.first() {
        Some(Value::Generator(g)) if g.kind == 2 => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

/// Calls `sys.set_asyncgen_hooks`' `firstiter` hook when the generator is first iterated, and
/// remembers the finalizer in place then, as CPython does.
fn init_hooks(vm: &mut Vm, g: &Rc<PyGenerator>) -> PyResult<()> {
    if g.hooks_done.replace(true) {
        return Ok(());
    }
    *g.finalizer.borrow_mut() = vm.asyncgen.finalizer.clone();
    let first = vm.asyncgen.firstiter.clone();
    if !first.is_none() {
        vm.call(&first, &[Value::Generator(g.clone())], &[])?;
    }
    Ok(())
}

fn new_awaitable(vm: &mut Vm, g: Rc<PyGenerator>, mode: Mode) -> PyResult<Value> {
    init_hooks(vm, &g)?;
    if vm.asyncgen.types.is_none() {
        let asend = awaitable_type(vm, "async_generator_asend");
        let athrow = awaitable_type(vm, "async_generator_athrow");
        vm.asyncgen.types = Some((asend, athrow));
    }
    let (asend, athrow) = vm.asyncgen.types.clone().expect("just made");
    let class = if matches!(mode, Mode::Send(_)) {
        asend
    } else {
        athrow
    };
    let inst = PyInstance::new(class);
    let state = Awaitable {
        gen: g,
        mode: RefCell::new(mode),
        state: Cell::new(INIT),
    };
    *inst.extra().base_value.borrow_mut() = Value::Opaque(Rc::new(Box::new(state)));
    Ok(Value::Instance(Rc::new(inst)))
}

fn aiter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    the_agen(vm, args)?;
    Ok(args[0].clone())
}

fn anext(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_agen(vm, args)?;
    new_awaitable(vm, g, Mode::Send(Value::None))
}

fn asend(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_agen(vm, args)?;
    let Some(v) = args.get(1) else {
        return Err(vm.type_error("async_generator.asend() takes exactly one argument (0 given)"));
    };
    new_awaitable(vm, g, Mode::Send(v.clone()))
}

fn athrow(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_agen(vm, args)?;
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "athrow expected at most 3 arguments, got {}",
            args.len() - 1
        )));
    }
    let exc = crate::methods::throw_value(vm, &args[1..])?;
    new_awaitable(vm, g, Mode::Throw(exc))
}

fn aclose(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = the_agen(vm, args)?;
    new_awaitable(vm, g, Mode::Close)
}

/// One step of an async generator: its own `yield v` (`Ok(Yielded(v))` with `yielded` set),
/// a value an `await` inside passes out, or its end.
enum AStep {
    Own(Value),
    Passed(Value),
    Done,
}

fn step(vm: &mut Vm, g: &Rc<PyGenerator>, sent: Value, throw: Option<PyErr>) -> PyResult<AStep> {
    Ok(match crate::generator::resume(vm, g, sent, throw)? {
        GenStep::Yielded(v) if g.yielded.get() => AStep::Own(v),
        GenStep::Yielded(v) => AStep::Passed(v),
        GenStep::Returned(_) => AStep::Done,
    })
}

/// What an `asend`/`athrow` step gives its awaiter: a value passed out by an `await`, or an
/// exception: StopIteration(v) for the generator's `yield v`, StopAsyncIteration at its end.
fn unwrap(vm: &mut Vm, g: &PyGenerator, r: PyResult<AStep>) -> PyResult<Value> {
    let r: PyResult<Value> = match r {
        Ok(AStep::Passed(v)) => return Ok(v),
        Ok(AStep::Own(v)) => Err(crate::generator::stop_iteration(vm, v)),
        Ok(AStep::Done) => Err(stop_async(vm)),
        Err(e) => Err(e),
    };
    if let Err(e) = &r {
        if e.matches(vm, "StopAsyncIteration") || e.matches(vm, "GeneratorExit") {
            g.closed.set(true);
        }
    }
    g.running_async.set(false);
    r
}

fn the_awaitable(vm: &Vm, args: &[Value]) -> PyResult<Rc<crate::value::OpaqueBox>> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Value::Opaque(o) = &*i.base_value().borrow() {
            if o.downcast_ref::<Awaitable>().is_some() {
                return Ok(o.clone());
            }
        }
    }
    Err(vm.type_error("descriptor requires an async generator awaitable"))
}

fn reuse_error(vm: &Vm, a: &Awaitable) -> PyErr {
    let what = match *a.mode.borrow() {
        Mode::Send(_) => "__anext__()/asend()",
        _ => "aclose()/athrow()",
    };
    vm.err(
        "RuntimeError",
        format!("cannot reuse already awaited {what}"),
    )
}

fn aw_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = the_awaitable(vm, args)?;
    let a = o.downcast_ref::<Awaitable>().expect("checked");
    drive(vm, a, Value::None, None)
}

fn aw_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = the_awaitable(vm, args)?;
    let a = o.downcast_ref::<Awaitable>().expect("checked");
    let v = args.get(1).cloned().unwrap_or(Value::None);
    drive(vm, a, v, None)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = the_awaitable(vm, args)?;
    let a = o.downcast_ref::<Awaitable>().expect("checked");
    if a.state.get() == CLOSED {
        return Err(reuse_error(vm, a));
    }
    let exc = crate::methods::throw_value(vm, &args[1..])?;
    let err = vm.make_raisable(exc)?;
    let r = step(vm, &a.gen, Value::None, Some(err));
    let r = if matches!(*a.mode.borrow(), Mode::Close) {
        close_result(vm, a, r)
    } else {
        unwrap(vm, &a.gen, r)
    };
    if r.is_err() {
        a.state.set(CLOSED);
    }
    r
}

fn aw_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = the_awaitable(vm, args)?;
    let a = o.downcast_ref::<Awaitable>().expect("checked");
    a.state.set(CLOSED);
    Ok(Value::None)
}

/// `send(v)` on an awaitable: the first call starts its operation, later ones resume the
/// generator where an `await` inside it suspended.
fn drive(vm: &mut Vm, a: &Awaitable, v: Value, _throw: Option<PyErr>) -> PyResult<Value> {
    if a.state.get() == CLOSED {
        return Err(reuse_error(vm, a));
    }
    let g = a.gen.clone();
    let first = a.state.get() == INIT;
    let r = match &*a.mode.borrow() {
        Mode::Send(sendval) => {
            let mut v = v;
            if first {
                if g.running_async.get() {
                    return Err(vm.err(
                        "RuntimeError",
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if v.is_none() {
                    v = sendval.clone();
                }
                a.state.set(ITER);
            }
            g.running_async.set(true);
            let r = step(vm, &g, v, None);
            unwrap(vm, &g, r)
        }
        Mode::Throw(exc) if first => match start_throw(vm, a, &v, true)? {
            Some(r) => r,
            None => {
                let err = vm.make_raisable(exc.clone())?;
                let r = step(vm, &g, Value::None, Some(err));
                unwrap(vm, &g, r)
            }
        },
        Mode::Close if first => match start_throw(vm, a, &v, false)? {
            Some(r) => r,
            None => {
                g.closed.set(true);
                let exit = vm.err("GeneratorExit", "");
                exit.exc.exc_state(|s| s.args.clear());
                let r = step(vm, &g, Value::None, Some(exit));
                close_result(vm, a, r)
            }
        },
        Mode::Throw(_) => {
            let r = step(vm, &g, v, None);
            unwrap(vm, &g, r)
        }
        Mode::Close => {
            let r = step(vm, &g, v, None);
            close_result(vm, a, r)
        }
    };
    if r.is_err() {
        a.state.set(CLOSED);
    }
    r
}

/// The checks before `athrow()`/`aclose()` first resumes the generator: `Some(result)` when it
/// must not run (already running, closed or finished).
fn start_throw(
    vm: &mut Vm,
    a: &Awaitable,
    v: &Value,
    athrow: bool,
) -> PyResult<Option<PyResult<Value>>> {
    let g = &a.gen;
    if g.running_async.get() {
        let what = if athrow { "athrow" } else { "aclose" };
        return Ok(Some(Err(vm.err(
            "RuntimeError",
            format!("{what}(): asynchronous generator is already running"),
        ))));
    }
    if g.closed.get() || g.frame.borrow().is_none() {
        return Ok(Some(Err(crate::generator::stop_iteration(vm, Value::None))));
    }
    if !v.is_none() {
        return Err(vm.err(
            "RuntimeError",
            "can't send non-None value to a just-started coroutine",
        ));
    }
    a.state.set(ITER);
    g.running_async.set(true);
    Ok(None)
}

/// An `aclose()` step: the generator's own yield means it ignored GeneratorExit; finishing or
/// raising StopAsyncIteration/GeneratorExit completes the close (StopIteration).
fn close_result(vm: &mut Vm, a: &Awaitable, r: PyResult<AStep>) -> PyResult<Value> {
    let g = &a.gen;
    let r = match r {
        Ok(AStep::Passed(v)) => return Ok(v),
        Ok(AStep::Own(_)) => Err(vm.err("RuntimeError", "async generator ignored GeneratorExit")),
        Ok(AStep::Done) => Err(crate::generator::stop_iteration(vm, Value::None)),
        Err(e) if e.matches(vm, "StopAsyncIteration") || e.matches(vm, "GeneratorExit") => {
            Err(crate::generator::stop_iteration(vm, Value::None))
        }
        Err(e) => Err(e),
    };
    g.running_async.set(false);
    r
}

fn stop_async(vm: &mut Vm) -> PyErr {
    let class = vm.types.exceptions["StopAsyncIteration"].clone();
    vm.new_exception(&class, vec![])
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
pub fn get_hooks(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = &vm.asyncgen;
    Ok(Value::tuple(vec![s.firstiter.clone(), s.finalizer.clone()]))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each a callable or None; one left
/// out keeps its value.
pub fn set_hooks(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::args::Args::new(args, kw);
    let names = ["firstiter", "finalizer"];
    let mut given = [None, None];
    for (i, name) in names.iter().enumerate() {
        let v = a.arg_or_kw(i, name);
        if let Some(v) = &v {
            if !v.is_none() && !vm.is_callable(v) {
                return Err(
                    vm.type_error(format!("callable {name} expected, got {}", vm.type_name(v)))
                );
            }
        }
        given[i] = v;
    }
    let [first, fin] = given;
    if let Some(f) = fin {
        vm.asyncgen.finalizer = f;
    }
    if let Some(f) = first {
        vm.asyncgen.firstiter = f;
    }
    Ok(Value::None)
}
