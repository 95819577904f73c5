//! `for x in range(...)` set up from native code. Such a loop compiles to a `Call` of the
//! builtin `range` whose result the next instruction, `GetIter`, turns into an iterator in
//! the same register; `helper_range_iter` does both in one call, without the interpreter's
//! dispatch or the type call machinery. Any other callee takes the two instructions' usual
//! paths, one after the other, so results never change.

use crate::interp::Frame;
use crate::jit_support::{fail, helper_call, helper_exec, parts, write_slot};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// `Call { dst, func, n }` at `pc` followed by `GetIter { dst, src: dst }`: 0 when both are
/// done, else an exit.
pub extern "C" fn helper_range_iter(
    vm: *mut Vm,
    frame: *mut Frame,
    dst: u64,
    func: u64,
    n: u64,
    pc: u64,
) -> u64 {
    // SAFETY: see `parts`. Register operands come from verified code (below the slab's
    // length, which does not change while the frame runs); the callee and its arguments are
    // borrowed from this frame's registers, which only this frame's code writes.
    let (vmr, f) = unsafe { parts(vm, frame) };
    let regs = f.regs.as_mut_ptr();
    let callee = unsafe { &*regs.add(func as usize) };
    if let Value::Type(t) = callee {
        if Rc::ptr_eq(t, &vmr.types.range) {
            let args =
                unsafe { std::slice::from_raw_parts(regs.add(func as usize + 1), n as usize) };
            let iter = match crate::builtins::make_range(vmr, args) {
                Ok(Value::Range(r)) => Ok(Value::Iterator(Rc::new(std::cell::RefCell::new(
                    crate::range_obj::iter_state(&r),
                )))),
                Ok(other) => vmr.get_iter(&other),
                Err(e) => return fail(vmr, e, pc as u32),
            };
            return write_slot(vmr, regs, dst, iter, pc + 1);
        }
    }
    match helper_call(vm, frame, dst, func, n, pc) {
        0 => helper_exec(vm, frame, pc + 1),
        exit => exit,
    }
}
