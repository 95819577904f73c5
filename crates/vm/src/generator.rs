//! Generators: a suspended frame resumed by `next()`, `send()` and `throw()`.

use crate::exceptions::{PyErr, PyResult};
use crate::interp::{Exit, Frame};
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct PyGenerator {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Frame>>,
    pub running: Cell<bool>,
    pub name: String,
    pub qualname: String,
}

/// What one resumption produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

pub fn new_generator(_vm: &mut Vm, frame: Frame, f: &Rc<PyFunction>) -> Value {
    Value::Generator(Rc::new(PyGenerator {
        frame: RefCell::new(Some(frame)),
        running: Cell::new(false),
        name: f.name.borrow().clone(),
        qualname: f.qualname.borrow().clone(),
    }))
}

/// Runs a generator until its next `yield` or its end, sending `sent` (or raising `throw`) at
/// the point where it is suspended.
pub fn resume(vm: &mut Vm, g: &Rc<PyGenerator>, sent: Value, throw: Option<PyErr>) -> PyResult<GenStep> {
    if g.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(GenStep::Returned(Value::None)),
        };
    };
    if let Some(dst) = frame.resume_dst.take() {
        frame.regs[dst as usize] = sent;
    }
    frame.throw = throw;
    if vm.depth >= vm.recursion_limit {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.err("RecursionError", "maximum recursion depth exceeded"));
    }
    g.running.set(true);
    vm.depth += 1;
    let result = vm.run_frame(&mut frame);
    vm.depth -= 1;
    g.running.set(false);
    match result {
        Ok(Exit::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(GenStep::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            vm.give_back_regs(std::mem::take(&mut frame.regs));
            Ok(GenStep::Returned(v))
        }
        Err(e) if e.matches(vm, "StopIteration") => {
            let err = vm.err("RuntimeError", "generator raised StopIteration");
            err.exc.exc_state(|s| s.cause = e.value());
            Err(err)
        }
        Err(e) => Err(e),
    }
}

/// `generator.send(value)` / `__next__`: StopIteration(value) when it finishes.
pub fn send(vm: &mut Vm, g: &Rc<PyGenerator>, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    match resume(vm, g, sent, throw)? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => {
            let class = vm.types.exceptions["StopIteration"].clone();
            let args = if v.is_none() { vec![] } else { vec![v.clone()] };
            let err = vm.new_exception(&class, args);
            err.exc.dict.set_str("value", v);
            Err(err)
        }
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
        Err(e) if e.matches(vm, "GeneratorExit") || e.matches(vm, "StopIteration") => Ok(Value::None),
        Err(e) => Err(e),
    }
}
