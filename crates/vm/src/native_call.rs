//! Calls of functions that have native code: the lean path native code takes to call native
//! code (and the interpreter too, once a callee is compiled).
//!
//! The callee's frame is a pooled box (as the dispatch loop's entered frames), its native code
//! is entered at once, and a native `Return` (`jit_support::EXIT_RETURN`) hands back the
//! register its value is in: no `Exit` is built, no general `frame_loop` runs. Any other exit
//! (an exception, a guard that sent the frame back to the interpreter) finishes the frame
//! through `frame_loop`, which handles both exactly as for any frame.

use crate::exceptions::PyResult;
use crate::interp::Frame;
use crate::jit_support;
use crate::value::{PyFunction, Value};
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// Calls plain function `fun` (checked by `call_plain`: positional parameters only, given
    /// exactly) whose code has native code `code`.
    #[inline(always)]
    pub(crate) fn call_native(
        &mut self,
        fun: &Rc<PyFunction>,
        code: usize,
        args: &[Value],
    ) -> PyResult<Value> {
        if self.depth + 1 >= self.recursion_limit || self.stack_exhausted() {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut frame = self.pooled_frame(fun);
        fun.code.slab_with_args(&mut frame.regs, args);
        self.depth += 1;
        crate::inline_call::push_inline(&mut self.frame_stack, &*frame as *const Frame);
        let exit = jit_support::enter_native(self, &mut frame, code, 0);
        let result = match jit_support::returned_register(exit) {
            Some(r) => Ok(jit_support::take_register(&mut frame, r)),
            None => self.finish_native(&mut frame, exit),
        };
        // `release` also pops the frame stack and the depth.
        self.release(frame);
        result
    }

    /// Finishes a called frame whose native code left with `exit` other than a return.
    #[cold]
    #[inline(never)]
    fn finish_native(&mut self, frame: &mut Frame, exit: u64) -> PyResult<Value> {
        let mut pc = 0;
        let step = jit_support::native_exit(self, frame, exit, &mut pc);
        self.finish_frame(frame, step, pc, true)
    }
}
