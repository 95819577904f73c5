//! Generators: a suspended frame resumed by `next()`, `send()` and `throw()`.

use crate::exceptions::{PyErr, PyResult};
use crate::interp::{Exit, Frame};
use crate::regcode::RInstr;
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct PyGenerator {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: String,
    pub qualname: String,
    /// What the function was: 0 a generator, 1 a coroutine (`async def`), 2 an async generator.
    pub kind: u8,
    /// The function's code (`gi_code`), kept after the frame is gone.
    pub code: Rc<crate::regcode::CodeUnit>,
    /// The exception its frame was handling when it last yielded (None outside a handler):
    /// restored when it resumes, so a handler's exception never leaks to the caller.
    pub handled: RefCell<Value>,
    /// Whether the last step ended at the frame's own `yield` rather than at a `yield from`
    /// (an `await`, for coroutines and async generators): `asyncgen` tells them apart.
    pub yielded: Cell<bool>,
    /// Async generators: an `asend`/`athrow` is in progress (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: finished or closed, so `athrow`/`aclose` do nothing.
    pub closed: Cell<bool>,
    /// Async generators: the firstiter hook has run.
    pub hooks_done: Cell<bool>,
    /// Async generators: the finalizer hook in place when it was first iterated.
    pub finalizer: RefCell<Value>,
    /// Already handed to `finalize_pending` once (it is not queued again).
    pub finalized: Cell<bool>,
}

thread_local! {
    /// Generators dropped while suspended, closed at the interpreter's next check.
    static PENDING: RefCell<Vec<Rc<PyGenerator>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for PyGenerator {
    /// A generator dropped while suspended is closed, as CPython finalizes one (its `finally`
    /// blocks and `with` exits run). Dropping has no interpreter at hand, so a new generator
    /// object takes over the frame and waits for the interpreter's next check (a call, a loop
    /// back-edge or a `print`).
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if frame.pc == 0 {
            return;
        }
        let g = Rc::new(PyGenerator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            name: std::mem::take(&mut self.name),
            qualname: std::mem::take(&mut self.qualname),
            kind: self.kind,
            code: self.code.clone(),
            handled: RefCell::new(std::mem::take(self.handled.get_mut())),
            yielded: Cell::new(false),
            running_async: Cell::new(false),
            closed: Cell::new(self.closed.get()),
            hooks_done: Cell::new(true),
            finalizer: RefCell::new(std::mem::take(self.finalizer.get_mut())),
            finalized: Cell::new(true),
        });
        // During thread teardown the queue may be gone; the frame is then just dropped.
        let _ = PENDING.try_with(|p| p.borrow_mut().push(g));
        crate::signals::request_check();
    }
}

/// Closes the generators dropped while suspended (see `Drop for PyGenerator`); an async
/// generator goes to the finalizer hook it was first iterated under, if any. An exception
/// is reported as CPython reports one it cannot raise ("Exception ignored in: ...").
pub fn finalize_pending(vm: &mut Vm) {
    while let Some(g) = PENDING.with(|p| p.borrow_mut().pop()) {
        let fin = std::mem::take(&mut *g.finalizer.borrow_mut());
        let r = if g.kind == 2 && !matches!(fin, Value::Undef | Value::None) && !g.closed.get() {
            vm.call(&fin, &[Value::Generator(g.clone())], &[])
                .map(|_| Value::None)
        } else {
            close(vm, &g)
        };
        if let Err(e) = r {
            let what = vm.repr(&Value::Generator(g.clone())).unwrap_or_default();
            vm.write_err(&format!("Exception ignored in: {what}\n"));
            let text = vm.format_exception(&e);
            vm.write_err(&text);
        }
    }
}

/// What one resumption produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(_vm: &mut Vm, frame: Frame, f: &Rc<PyFunction>) -> Value {
    use ferropy_bytecode::flags;
    let fl = f.code.code.flags;
    let kind = if fl & flags::COROUTINE != 0 {
        1
    } else if fl & flags::ASYNC_GENERATOR != 0 {
        2
    } else {
        0
    };
    let g = Rc::new(PyGenerator {
        kind,
        frame: RefCell::new(Some(Box::new(frame))),
        running: Cell::new(false),
        name: f.name.borrow().clone(),
        qualname: f.qualname.borrow().clone(),
        code: f.code.clone(),
        handled: RefCell::new(Value::None),
        yielded: Cell::new(false),
        running_async: Cell::new(false),
        closed: Cell::new(false),
        hooks_done: Cell::new(false),
        finalizer: RefCell::new(Value::None),
        finalized: Cell::new(false),
    });
    crate::gc::track_generator(&g);
    Value::Generator(g)
}

/// Runs a generator until its next `yield` or its end, sending `sent` (or raising `throw`) at
/// the point where it is suspended.
pub fn resume(
    vm: &mut Vm,
    g: &Rc<PyGenerator>,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<GenStep> {
    if g.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return match throw {
            Some(e) => Err(e),
            None if g.kind == 1 => {
                Err(vm.err("RuntimeError", "cannot reuse already awaited coroutine"))
            }
            None => Ok(GenStep::Returned(Value::None)),
        };
    };
    if frame.pc == 0 {
        if let Some(e) = throw {
            // Thrown into a generator that never ran: it ends there, running none of its body.
            vm.give_back_regs(std::mem::take(&mut frame.regs));
            return Err(e);
        }
        if !sent.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            let what = ["generator", "coroutine", "async generator"][g.kind.min(2) as usize];
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
    }
    if vm.depth + 1 >= vm.recursion_limit || vm.stack_exhausted() {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.err("RecursionError", "maximum recursion depth exceeded"));
    }
    g.running.set(true);
    vm.depth += 1;
    // The generator's own handled exception, if it yielded inside a handler; otherwise it
    // sees the caller's (as CPython chains a generator's exception state to its caller's).
    let outer = vm.handled.clone();
    let own = std::mem::replace(&mut *g.handled.borrow_mut(), Value::None);
    if !own.is_none() {
        vm.handled = own;
    }
    let result = match delegate(vm, &mut frame, sent, throw) {
        Ok(Some(v)) => Ok(Exit::Yield(v)),
        Ok(None) => vm.run_frame(&mut frame),
        Err(e) => Err(e),
    };
    let now = std::mem::replace(&mut vm.handled, outer.clone());
    if matches!(result, Ok(Exit::Yield(_))) && !now.is(&outer) {
        *g.handled.borrow_mut() = now;
    }
    vm.depth -= 1;
    g.running.set(false);
    g.yielded
        .set(matches!(result, Ok(Exit::Yield(_))) && frame.resume_dst.is_some());
    match result {
        Ok(Exit::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(GenStep::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            vm.give_back_regs(std::mem::take(&mut frame.regs));
            Ok(GenStep::Returned(v))
        }
        Err(e) => Err(escaped(vm, g.kind, e)),
    }
}

/// An exception leaving a generator's frame: a `StopIteration` (or, from an async generator,
/// a `StopAsyncIteration`) becomes a `RuntimeError`.
pub(crate) fn stop_iteration_escaped(vm: &mut Vm, e: PyErr) -> PyErr {
    escaped(vm, 0, e)
}

/// `stop_iteration_escaped` for a generator of this kind (the message names it).
fn escaped(vm: &mut Vm, kind: u8, e: PyErr) -> PyErr {
    let what = ["generator", "coroutine", "async generator"][kind.min(2) as usize];
    let name = if e.matches(vm, "StopIteration") {
        "StopIteration"
    } else if kind == 2 && e.matches(vm, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let err = vm.err("RuntimeError", format!("{what} raised {name}"));
    err.exc.exc_state(|s| {
        s.cause = e.value();
        s.suppress_context = true;
    });
    err
}

/// `StopIteration(v)` with its `value` (no arguments for None), as a finished generator raises.
pub fn stop_iteration(vm: &mut Vm, v: Value) -> PyErr {
    let class = vm.types.exceptions["StopIteration"].clone();
    let args = if v.is_none() { vec![] } else { vec![v.clone()] };
    let err = vm.new_exception(&class, args);
    err.exc.dict.set_str("value", v);
    err
}

/// Prepares a suspended frame for resumption. A frame suspended in `yield from` first hands
/// the sent value or thrown exception to the sub-iterator, as CPython's `SEND` does: `Some(v)`
/// when the sub-iterator yielded `v` again (the frame stays suspended); `None` when the frame
/// should run (with the sub-iterator's result in place, or an exception to raise).
fn delegate(
    vm: &mut Vm,
    frame: &mut Frame,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<Option<Value>> {
    // `generator.throw()`'s own arguments, for a sub-iterator's `throw` method.
    let raw = vm.throw_args.take();
    let yield_from = match frame.unit.reg_of_running().instrs.get(frame.pc) {
        Some(RInstr::YieldFrom { dst, src }) if frame.resume_dst.is_none() => Some((*dst, *src)),
        _ => None,
    };
    let Some((dst, src)) = yield_from else {
        if let Some(dst) = frame.resume_dst.take() {
            frame.regs[dst as usize] = sent;
        }
        frame.throw = throw;
        return Ok(None);
    };
    let sub = frame.regs[src as usize].clone();
    let step = match throw {
        Some(e) if e.matches(vm, "GeneratorExit") => {
            close_subiterator(vm, &sub)?;
            Err(e)
        }
        Some(e) => throw_into(vm, &sub, e, raw),
        None if sent.is_none() => return Ok(None),
        None => send_into(vm, &sub, sent),
    };
    match step {
        Ok(GenStep::Yielded(v)) => Ok(Some(v)),
        Ok(GenStep::Returned(v)) => {
            frame.regs[dst as usize] = v;
            frame.pc += 1;
            Ok(None)
        }
        Err(e) => {
            // Raised at the `yield from`, so the frame's handlers see it there.
            frame.pc += 1;
            frame.throw = Some(e);
            Ok(None)
        }
    }
}

/// The result of a sub-iterator step: StopIteration becomes `Returned` with its value.
fn step_of(vm: &mut Vm, r: PyResult<Value>) -> PyResult<GenStep> {
    match r {
        Ok(v) => Ok(GenStep::Yielded(v)),
        Err(e) if e.matches(vm, "StopIteration") => {
            let v = vm.get_attr_str(&e.value(), "value").unwrap_or(Value::None);
            Ok(GenStep::Returned(v))
        }
        Err(e) => Err(e),
    }
}

fn send_into(vm: &mut Vm, sub: &Value, sent: Value) -> PyResult<GenStep> {
    if let Value::Generator(g) = sub {
        let g = g.clone();
        return resume(vm, &g, sent, None);
    }
    let r = vm
        .get_attr_str(sub, "send")
        .and_then(|send| vm.call(&send, &[sent], &[]));
    step_of(vm, r)
}

fn throw_into(vm: &mut Vm, sub: &Value, e: PyErr, raw: Option<Vec<Value>>) -> PyResult<GenStep> {
    if let Value::Generator(g) = sub {
        let g = g.clone();
        vm.throw_args = raw;
        return resume(vm, &g, Value::None, Some(e));
    }
    let throw = match vm.get_attr_str(sub, "throw") {
        Ok(t) => t,
        Err(_) => return Err(e),
    };
    let args = raw.unwrap_or_else(|| vec![e.value()]);
    let r = vm.call(&throw, &args, &[]);
    step_of(vm, r)
}

fn close_subiterator(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if let Value::Generator(g) = sub {
        let g = g.clone();
        close(vm, &g)?;
        return Ok(());
    }
    if let Ok(close) = vm.get_attr_str(sub, "close") {
        vm.call(&close, &[], &[])?;
    }
    Ok(())
}

/// `generator.send(value)` / `__next__`: StopIteration(value) when it finishes.
pub fn send(
    vm: &mut Vm,
    g: &Rc<PyGenerator>,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<Value> {
    match resume(vm, g, sent, throw)? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// `generator.close()`: raises GeneratorExit inside; fine if it finishes or re-raises it.
pub fn close(vm: &mut Vm, g: &Rc<PyGenerator>) -> PyResult<Value> {
    if g.frame.borrow().is_none() {
        return Ok(Value::None);
    }
    let exit = vm.err("GeneratorExit", "");
    exit.exc.exc_state(|s| s.args.clear());
    match resume(vm, g, Value::None, Some(exit)) {
        Ok(GenStep::Yielded(_)) => Err(vm.err("RuntimeError", "generator ignored GeneratorExit")),
        Ok(GenStep::Returned(_)) => Ok(Value::None),
        Err(e) if e.matches(vm, "GeneratorExit") || e.matches(vm, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// `<await>(x)`, the hidden builtin behind `await x`: the iterator that `yield from` then runs
/// (a coroutine itself, or what `x.__await__()` returns).
pub fn await_iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = args.first().cloned().unwrap_or(Value::None);
    match &x {
        Value::Generator(g) if g.kind == 1 => Ok(x.clone()),
        // A generator of a `types.coroutine` function.
        Value::Generator(g)
            if g.kind == 0
                && g.code.code.flags & ferropy_bytecode::flags::ITERABLE_COROUTINE != 0 =>
        {
            Ok(x.clone())
        }
        _ => match vm.lookup_special(&x, "__await__") {
            Some(m) => {
                let it = vm.call_method_value(&m, &x, &[], &[])?;
                match &it {
                    Value::Generator(g) if g.kind == 1 => {
                        Err(vm.type_error("__await__() returned a coroutine"))
                    }
                    Value::Generator(_) | Value::Iterator(_) => Ok(it),
                    _ if vm.lookup_special(&it, "__next__").is_some() => Ok(it),
                    _ => Err(vm.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        vm.type_name(&it)
                    ))),
                }
            }
            None => Err(vm.type_error(&format!(
                "object {} can't be used in 'await' expression",
                vm.type_name(&x)
            ))),
        },
    }
}

/// The introspection attributes of generators, coroutines and async generators (`gi_code`,
/// `gi_frame`, `gi_running`, `gi_suspended`, `gi_yieldfrom` and their `cr_`/`ag_` names).
pub fn introspect(vm: &Vm, g: &PyGenerator, name: &str) -> Option<Value> {
    let prefix = match g.kind {
        1 => "cr_",
        2 => "ag_",
        _ => "gi_",
    };
    let field = name.strip_prefix(prefix)?;
    let frame = g.frame.borrow();
    Some(match field {
        "running" => Value::Bool(g.running.get()),
        "code" => Value::Code(g.code.clone()),
        "suspended" => Value::Bool(!g.running.get() && frame.as_ref().is_some_and(|f| f.pc > 0)),
        "yieldfrom" | "await" => Value::None,
        "frame" => match frame.as_ref() {
            None => Value::None,
            Some(f) => crate::sys_extra::frame_record(
                vm,
                f.globals.clone(),
                crate::evalexec::frame_locals(f),
                Value::Code(g.code.clone()),
                f.unit.line_at(f.pc.saturating_sub(1)),
            ),
        },
        _ => return None,
    })
}
