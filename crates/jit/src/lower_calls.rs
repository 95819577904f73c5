//! Lowering of globals and calls.
//!
//! `LoadGlobal` of a name the interpreter's global cache holds is done in native code: the
//! frame's globals dict is the cached one, its version and the builtins' version are unchanged
//! (so the name is bound to the cached value still), then the value's words are stored into the
//! register, its reference count raised in place. Anything else calls `helper_load_global`.

use crate::lower::{Lowerer, I64};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData};
use ferropy_vm::jit_globals::{GlobalGuard, FRAME_GLOBALS_OFFSET};
use ferropy_vm::jit_support as rt;
use ferropy_vm::regcode::Reg;

impl Lowerer<'_> {
    /// `LoadGlobal { dst, name }` at `pc`.
    pub(crate) fn lower_load_global(&mut self, pc: usize, dst: Reg, name: u32) {
        let helper = rt::helper_load_global as *const () as usize;
        // (A cache entry means some `LoadGlobal` of the name ran: `LoadGlobal` records no
        // type feedback.)
        let Some(g) = self.globals.get(name as usize).cloned().flatten() else {
            return self.dedicated(helper, &[dst, name as Reg], Some(dst), pc);
        };
        self.keep.push(g.globals.clone());
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.global_guards(&g, slow);
        let mem = MemFlagsData::trusted();
        if g.count_at != 0 {
            let at = self.b.ins().iconst(I64, g.count_at as i64);
            let count = self.b.ins().load(I64, mem, at, 0);
            let count = self.b.ins().iadd_imm_s(count, 1);
            self.b.ins().store(mem, count, at, 0);
        }
        // The old value goes once the new one is owned, on this path only: a load that raises
        // (a `NameError` caught in this frame) leaves the variable as it was.
        self.release_heap(dst);
        let w0 = self.b.ins().iconst(I64, g.words[0] as i64);
        let w1 = self.b.ins().iconst(I64, g.words[1] as i64);
        self.set_words(dst, w0, w1);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.dedicated_to(helper, &[dst, name as Reg], Some(dst), pc, done);
        self.forget(dst);
    }

    /// Branches to `slow` unless the frame's globals are the guarded dict and neither its
    /// version nor the builtins' changed.
    fn global_guards(&mut self, g: &GlobalGuard, slow: cranelift_codegen::ir::Block) {
        let mem = MemFlagsData::trusted();
        let word = self
            .b
            .ins()
            .load(I64, mem, self.frame, FRAME_GLOBALS_OFFSET);
        let same = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, word, g.globals_word as i64);
        // The dict's version is read only once the frame's globals are known to be that dict
        // (alive while the frame holds it).
        let go = self.b.create_block();
        self.b.ins().brif(same, go, &[], slow, &[]);
        self.b.switch_to_block(go);
        let gat = self.b.ins().iconst(I64, g.globals_version_at as i64);
        let gv = self.b.ins().load(I64, mem, gat, 0);
        let bat = self.b.ins().iconst(I64, g.builtins_version_at as i64);
        let bv = self.b.ins().load(I64, mem, bat, 0);
        let gok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, gv, g.globals_version as i64);
        let bok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, bv, g.builtins_version as i64);
        let ok = self.b.ins().band(gok, bok);
        let go = self.b.create_block();
        self.b.ins().brif(ok, go, &[], slow, &[]);
        self.b.switch_to_block(go);
    }
}
