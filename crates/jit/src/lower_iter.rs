//! `for` over a `range` in native code: the iterator's state (`IterState::Range`, whose
//! layout `repr(C, u64)` fixes; the `Rc` and `RefCell` around it measured by
//! `jit_support::range_iter_layout`) is read, tested and advanced inline, as
//! `helper_range_next` does it, and the item stored as an int: no call per iteration.

use crate::lower::{Lowerer, I64, SLOT};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData};
use ferropy_vm::jit_support::{self as rt, PAYLOAD_OFFSET, TAG_INT, TAG_ITERATOR};
use ferropy_vm::regcode::Reg;

impl Lowerer<'_> {
    /// Steps register `iter` when it holds a `range` iterator nothing borrows: its next int
    /// into `dst` and on to `got`, or on to `done` when it is exhausted; any other value
    /// branches to `slow`. `false` (nothing emitted) without a measured layout.
    pub(crate) fn lower_range_step(
        &mut self,
        iter: Reg,
        dst: Reg,
        done: Block,
        got: Block,
        slow: Block,
    ) -> bool {
        let Some(layout) = rt::range_iter_layout() else {
            return false;
        };
        let mem = MemFlagsData::trusted();
        let p = self.payload_if(iter, TAG_ITERATOR, slow);
        let flag = self.b.ins().load(I64, mem, p, layout.borrow);
        let state_tag = self.b.ins().load(I64, mem, p, layout.state);
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        let range = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state_tag, rt::RANGE_STATE_TAG);
        let ok = self.b.ins().band(free, range);
        let step_block = self.b.create_block();
        self.b.ins().brif(ok, step_block, &[], slow, &[]);
        self.b.switch_to_block(step_block);
        let next = self.b.ins().load(I64, mem, p, layout.state + 8);
        let stop = self.b.ins().load(I64, mem, p, layout.state + 16);
        let step = self.b.ins().load(I64, mem, p, layout.state + 24);
        let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, next, stop);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, next, stop);
        let more = self.b.ins().select(up, below, above);
        let advance = self.b.create_block();
        self.b.ins().brif(more, advance, &[], done, &[]);
        self.b.switch_to_block(advance);
        // Past the i64 range the iterator is done: the next item saturates (as the
        // interpreter's), and the loop test fails there.
        let (sum, overflow) = self.b.ins().sadd_overflow(next, step);
        let max = self.b.ins().iconst(I64, i64::MAX);
        let min = self.b.ins().iconst(I64, i64::MIN);
        let limit = self.b.ins().select(up, max, min);
        let following = self.b.ins().select(overflow, limit, sum);
        self.b.ins().store(mem, following, p, layout.state + 8);
        // Only now, with an item to store, does the old one go (an exhausted loop leaves its
        // variable as it was), and after the iterator has advanced: its release may run code.
        self.release_heap(dst);
        let off = dst as i32 * SLOT;
        self.b
            .ins()
            .store(mem, next, self.regs, off + PAYLOAD_OFFSET);
        let tag = self.b.ins().iconst(I64, i64::from(TAG_INT));
        self.b.ins().store(mem, tag, self.regs, off);
        self.b.ins().jump(got, &[]);
        true
    }
}
