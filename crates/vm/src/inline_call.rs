//! Calls without recursion: the dispatch loop runs a plain Python function's frame itself.
//!
//! A call of a plain function (`CodeUnit::plain`: positional parameters only, no cells, not a
//! generator) that has no native code pushes the callee's frame, boxed, on `Vm::nested` and the
//! dispatch loop continues in it; its `Return` pops it and writes the value into the caller's
//! destination register. No Rust frame is entered, so a Python call costs a frame set-up, not
//! three nested Rust calls (`call_plain`, `run_plain_frame`, `dispatch`) and their result copies.
//!
//! Everything unusual leaves this path for the general one, which stays the reference: when an
//! entered frame raises, or its loop is to continue in native code, `Vm::dispatch` pops it and
//! finishes it with `frame_loop` (handlers, tracebacks, on-stack replacement), then delivers its
//! result (or its exception) to the caller, exactly as a recursive call would have.

use crate::exceptions::PyResult;
use crate::interp::{Exit, Frame};
use crate::regcode::Reg;
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::rc::Rc;

/// Empties a finished frame's registers, keeping the buffer: only the first `live` may hold
/// heap values (the rest are constant registers).
#[inline(always)]
fn clear_slab(regs: &mut Vec<Value>, live: usize) {
    let live = live.min(regs.len());
    for v in &mut regs[..live] {
        if v.is_heap() {
            crate::interp::drop_heap(v);
        }
    }
    // SAFETY: every remaining element is an inline value (no destructor to skip).
    unsafe { regs.set_len(0) };
}

/// A frame entered by the dispatch loop, and where its result goes.
pub(crate) struct Nested {
    frame: Box<Frame>,
    /// The caller's register that receives the return value.
    dst: Reg,
}

impl Vm {
    /// The running frame of a dispatch loop that started at `root`: the innermost frame it
    /// entered, else the root; and where that frame's pc is kept.
    #[inline(always)]
    pub(crate) fn current_frame(
        &mut self,
        root: *mut Frame,
        root_pc: *mut usize,
        base: usize,
    ) -> (*mut Frame, *mut usize) {
        if self.nested.len() > base {
            let top = self.nested.last_mut().expect("nested frame");
            let fp: *mut Frame = &mut *top.frame;
            // SAFETY: `fp` points into a live box; only the field's address is taken.
            (fp, unsafe { std::ptr::addr_of_mut!((*fp).pc) })
        } else {
            (root, root_pc)
        }
    }

    /// Enters a call of `fun` with `args` if it can run without recursion (see the module
    /// docs); `false` leaves the call to `call_plain`, which also raises any error.
    #[inline(always)]
    pub(crate) fn enter_plain(&mut self, fun: &Rc<PyFunction>, args: &[Value], dst: Reg) -> bool {
        let unit = &fun.code;
        if !unit.plain
            || args.len() != unit.code.argcount as usize
            || self.depth + 1 >= self.recursion_limit
            || crate::signals::pending()
        {
            return false;
        }
        if self.options.jit != crate::JitMode::Off || unit.jitted.get().is_some() {
            // Tier-up counting and native entry are `call_plain`'s.
            return false;
        }
        let frame = match self.frame_pool.pop() {
            Some(mut frame) => {
                // A finished frame's box: its registers are empty (their buffer kept), and only
                // its code and globals are left from the last call.
                self.frame_serial += 1;
                frame.unit = unit.clone();
                frame.globals = fun.globals.clone();
                unit.slab_with_args(&mut frame.regs, args);
                frame.pc = 0;
                frame.serial = self.frame_serial;
                frame
            }
            None => {
                let mut regs = self.reg_pool.pop().unwrap_or_default();
                unit.slab_with_args(&mut regs, args);
                Box::new(self.new_frame(unit.clone(), regs, Vec::new(), fun.globals.clone(), None))
            }
        };
        self.depth += 1;
        self.frame_stack.push(&*frame as *const Frame);
        self.nested.push(Nested { frame, dst });
        true
    }

    /// Pops the innermost entered frame once it returned; gives back the caller's register
    /// for the result.
    #[inline(always)]
    pub(crate) fn leave_nested(&mut self) -> Reg {
        let Nested { frame, dst } = self.nested.pop().expect("nested frame");
        self.release(frame);
        dst
    }

    /// Gives a finished entered frame's registers and box back for reuse. The box keeps its
    /// code and globals until the next call replaces them (both outlive calls anyway).
    #[inline(always)]
    fn release(&mut self, mut frame: Box<Frame>) {
        self.frame_stack.pop();
        self.depth -= 1;
        let live = frame.unit.const_base();
        if frame.cells.is_empty()
            && frame.locals.is_none()
            && frame.throw.is_none()
            && self.frame_pool.len() < 64
        {
            clear_slab(&mut frame.regs, live);
            frame.resume_dst = None;
            self.frame_pool.push(frame);
        } else {
            self.give_back_slab(std::mem::take(&mut frame.regs), live);
        }
    }

    /// Finishes the innermost entered frame after the dispatch loop left it with `step` (an
    /// exception, or `Ok(None)`: continue in native code) through the general `frame_loop`.
    /// Gives the caller's destination register and the return value, or the exception that
    /// now propagates into the caller at its call instruction.
    #[cold]
    #[inline(never)]
    pub(crate) fn finish_nested(&mut self, step: PyResult<Option<Exit>>) -> PyResult<(Reg, Value)> {
        let Nested { mut frame, dst } = self.nested.pop().expect("nested frame");
        let pc = frame.pc;
        let result = match step {
            Err(e) => self.frame_loop(&mut frame, pc, Some(e), false),
            Ok(None) => self.frame_loop(&mut frame, pc, None, false),
            Ok(Some(exit)) => Ok(exit),
        };
        self.release(frame);
        match result? {
            Exit::Return(v) | Exit::Yield(v) => Ok((dst, v)),
        }
    }

    /// Writes a finished entered frame's result into register `dst` of the frame that called
    /// it (the innermost remaining one, else `root`).
    #[cold]
    #[inline(never)]
    pub(crate) fn deliver(&mut self, root: *mut Frame, base: usize, dst: Reg, v: Value) {
        let (fp, _) = self.current_frame(root, std::ptr::null_mut(), base);
        // SAFETY: `fp` is a live frame (see `current_frame`) that nothing else borrows now.
        let frame = unsafe { &mut *fp };
        if let Some(slot) = frame.regs.get_mut(dst as usize) {
            *slot = v;
        }
    }
}
