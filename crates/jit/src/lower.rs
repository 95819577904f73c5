//! Lowering register code to Cranelift IR.
//!
//! Each register instruction becomes one block. Registers stay in the frame's slab (the
//! interpreter's own state), so native code can leave at any instruction. Arithmetic,
//! comparisons, branches and moves on inline values (ints, floats, bools, None) are compiled
//! inline behind tag guards; a failed guard runs the same instruction through the interpreter's
//! `exec_one` (`helper_exec`), which is this JIT's deoptimization: the frame state is already
//! exact. Every other instruction calls `helper_exec`, so every function can be compiled.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, AbiParam, Block, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use ferropy_bytecode::BinaryOperator as B;
use ferropy_vm::jit_support::{
    self as rt, BOOL_OFFSET, PAYLOAD_OFFSET, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE,
};
use ferropy_vm::regcode::{CodeUnit, RInstr, Reg, FB_FLOAT, FB_INT};
use ferropy_vm::Value as PyValue;

const SLOT: i32 = 16;
const I64: ir::Type = types::I64;

/// An inline value to store into a register.
#[derive(Clone, Copy)]
enum Inline {
    Int(ir::Value),
    Float(ir::Value),
    Bool(ir::Value),
    None,
}

/// The signatures of the runtime helpers, imported once per function.
struct Helpers {
    exec: ir::SigRef,
    truthy: ir::SigRef,
    compare: ir::SigRef,
    for_iter: ir::SigRef,
    store_inline: ir::SigRef,
    move_: ir::SigRef,
    regs4: ir::SigRef,
    regs3: ir::SigRef,
    /// `(vm, frame, a, b) -> u64`, `(vm, frame, a, b, c) -> u64`, `(vm, frame, a, b, c, d) -> u64`.
    vm4: ir::SigRef,
    vm5: ir::SigRef,
    vm6: ir::SigRef,
}

pub struct Lowerer<'a> {
    b: FunctionBuilder<'a>,
    unit: &'a CodeUnit,
    vm: ir::Value,
    frame: ir::Value,
    regs: ir::Value,
    blocks: Vec<Block>,
    exit: Block,
    helpers: Helpers,
    /// Registers whose type and value are known here (the slab holds the same value): guards
    /// and loads on them are skipped. Valid along straight-line code; cleared at entry points.
    known: std::collections::HashMap<Reg, Known>,
    /// Deoptimization exits to emit at the end: (block, pc of the instruction to finish there).
    deopts: Vec<(Block, usize)>,
}

/// A register's statically known inline value.
#[derive(Clone, Copy)]
enum Known {
    Int(ir::Value),
    Float(ir::Value),
}

/// The native entry's signature: `(vm, frame, regs, entry_pc) -> exit code`.
pub fn entry_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    for _ in 0..4 {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    sig
}

fn helper_sig(call_conv: CallConv, params: usize, returns: bool) -> Signature {
    let mut sig = Signature::new(call_conv);
    for _ in 0..params {
        sig.params.push(AbiParam::new(I64));
    }
    if returns {
        sig.returns.push(AbiParam::new(I64));
    }
    sig
}

/// Builds the IR of `unit` into `func`.
pub fn lower(
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    unit: &CodeUnit,
    call_conv: CallConv,
    config: cranelift_codegen::isa::TargetFrontendConfig,
) {
    let mut b = FunctionBuilder::new(func, fctx);
    let helpers = Helpers {
        exec: b.import_signature(helper_sig(call_conv, 3, true)),
        truthy: b.import_signature(helper_sig(call_conv, 4, true)),
        compare: b.import_signature(helper_sig(call_conv, 3, true)),
        for_iter: b.import_signature(helper_sig(call_conv, 3, true)),
        store_inline: b.import_signature(helper_sig(call_conv, 4, false)),
        move_: b.import_signature(helper_sig(call_conv, 3, false)),
        regs4: b.import_signature(helper_sig(call_conv, 4, true)),
        regs3: b.import_signature(helper_sig(call_conv, 3, true)),
        vm4: b.import_signature(helper_sig(call_conv, 4, true)),
        vm5: b.import_signature(helper_sig(call_conv, 5, true)),
        vm6: b.import_signature(helper_sig(call_conv, 6, true)),
    };
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let n = unit.reg().instrs.len();
    // One block per instruction, plus one past the end (never reached by verified code).
    let blocks: Vec<Block> = (0..=n).map(|_| b.create_block()).collect();
    let exit = b.create_block();
    b.append_block_param(exit, I64);
    let mut l = Lowerer {
        b,
        unit,
        vm: params[0],
        frame: params[1],
        regs: params[2],
        blocks,
        exit,
        helpers,
        known: Default::default(),
        deopts: Vec::new(),
    };
    let entries = l.entry_points();
    l.entry_dispatch(params[3]);
    for pc in 0..n {
        let falls_in = pc > 0
            && !matches!(
                unit.reg().instrs[pc - 1],
                RInstr::Jump { .. }
                    | RInstr::Return { .. }
                    | RInstr::Raise { .. }
                    | RInstr::Reraise { .. }
            );
        if entries[pc] || !falls_in {
            l.known.clear();
        }
        l.b.switch_to_block(l.blocks[pc]);
        l.instr(pc);
    }
    for (block, pc) in std::mem::take(&mut l.deopts) {
        l.b.switch_to_block(block);
        l.deopt(pc);
    }
    l.b.switch_to_block(l.blocks[n]);
    let code =
        l.b.ins()
            .iconst(I64, ((n as i64 + 1) << 8) | rt::EXIT_INTERP as i64);
    l.b.ins().return_(&[code]);
    l.b.switch_to_block(l.exit);
    let code = l.b.block_params(l.exit)[0];
    l.b.ins().return_(&[code]);
    l.b.seal_all_blocks();
    l.b.finalize(config);
}

impl Lowerer<'_> {
    /// The pcs native code can be entered at: the start, every jump and handler target (loop
    /// headers for on-stack replacement, handlers after an exception), and generator resume
    /// points. Leaving the others out of the entry table lets straight-line code form one
    /// extended block that Cranelift optimizes as a whole.
    fn entry_points(&self) -> Vec<bool> {
        let n = self.unit.reg().instrs.len();
        let mut entry = vec![false; n + 1];
        entry[0] = true;
        for (pc, instr) in self.unit.reg().instrs.iter().enumerate() {
            match *instr {
                RInstr::CompareJump { target, .. }
                | RInstr::ForIter { target, .. }
                | RInstr::Jump { target }
                | RInstr::JumpIfFalse { target, .. }
                | RInstr::JumpIfTrue { target, .. } => entry[target as usize] = true,
                RInstr::Yield { .. } => entry[pc + 1] = true,
                RInstr::YieldFrom { .. } => {
                    entry[pc] = true;
                    entry[pc + 1] = true;
                }
                _ => {}
            }
        }
        for h in &self.unit.reg().handlers {
            entry[h.target as usize] = true;
        }
        entry
    }

    /// Jumps to the block of the entry pc; other pcs go back to the interpreter.
    fn entry_dispatch(&mut self, entry_pc: ir::Value) {
        let fallback = self.b.create_block();
        let entries = self.entry_points();
        let targets: Vec<ir::BlockCall> = self
            .blocks
            .iter()
            .zip(&entries)
            .map(|(blk, is_entry)| {
                self.b
                    .func
                    .dfg
                    .block_call(if *is_entry { *blk } else { fallback }, &[])
            })
            .collect();
        let default = self.b.func.dfg.block_call(fallback, &[]);
        let jt = self
            .b
            .create_jump_table(ir::JumpTableData::new(default, &targets));
        let index = self.b.ins().ireduce(types::I32, entry_pc);
        self.b.ins().br_table(index, jt);
        self.b.switch_to_block(fallback);
        let one = self.b.ins().iadd_imm_s(entry_pc, 1);
        let shifted = self.b.ins().ishl_imm_u(one, 8);
        let code = self.b.ins().bor_imm_u(shifted, rt::EXIT_INTERP as i64);
        self.b.ins().return_(&[code]);
    }

    /// Makes a constant register's value known (an `iconst`/`f64const` in the current block)
    /// when it holds an int or a float: constant registers are never written, so arithmetic on
    /// them needs neither a load nor a guard.
    fn seed_const(&mut self, reg: Reg) {
        let base = self.unit.reg().nregs as usize - self.unit.reg().const_values.len();
        let Some(v) = (reg as usize)
            .checked_sub(base)
            .and_then(|i| self.unit.reg().const_values.get(i))
        else {
            return;
        };
        if self.known.contains_key(&reg) {
            return;
        }
        let k = match v {
            PyValue::Int(i) => Known::Int(self.b.ins().iconst(I64, *i)),
            PyValue::Float(f) => Known::Float(self.b.ins().f64const(*f)),
            _ => return,
        };
        self.known.insert(reg, k);
    }

    fn instr(&mut self, pc: usize) {
        let next = self.blocks[pc + 1];
        match self.unit.reg().instrs[pc] {
            RInstr::BinaryOp { a, b, .. }
            | RInstr::Compare { a, b, .. }
            | RInstr::CompareJump { a, b, .. } => {
                self.seed_const(a);
                self.seed_const(b);
            }
            RInstr::Move { src, .. } => self.seed_const(src),
            _ => {}
        }
        match self.unit.reg().instrs[pc] {
            RInstr::Nop => {
                self.b.ins().jump(next, &[]);
            }
            RInstr::Move { dst, src } => {
                let k = self.known.get(&src).copied();
                self.lower_move(dst, src, next);
                match k {
                    Some(k) => self.known.insert(dst, k),
                    None => self.known.remove(&dst),
                };
            }
            RInstr::LoadConst { dst, k } => match &self.unit.consts[k as usize] {
                PyValue::Int(i) => {
                    let v = self.b.ins().iconst(I64, *i);
                    self.store(dst, Inline::Int(v), next);
                    self.known.insert(dst, Known::Int(v));
                }
                PyValue::Float(f) => {
                    let v = self.b.ins().f64const(*f);
                    self.store(dst, Inline::Float(v), next);
                    self.known.insert(dst, Known::Float(v));
                }
                PyValue::Bool(x) => {
                    let v = self.b.ins().iconst(types::I8, i64::from(*x));
                    self.store(dst, Inline::Bool(v), next);
                    self.known.remove(&dst);
                }
                PyValue::None => {
                    self.store(dst, Inline::None, next);
                    self.known.remove(&dst);
                }
                _ => self.generic(pc, next),
            },
            RInstr::BinaryOp { op, dst, a, b } => self.lower_binary(pc, op, dst, a, b, next),
            RInstr::Compare { op, dst, a, b } => {
                self.lower_compare(pc, op, dst, a, b, next);
                self.known.remove(&dst);
            }
            RInstr::CompareJump {
                op,
                a,
                b,
                target,
                when,
            } => {
                let target = self.blocks[target as usize];
                self.lower_compare_jump(pc, op, a, b, target, when, next);
            }
            RInstr::Jump { target } if (target as usize) <= pc => {
                self.lower_back_edge(pc, self.blocks[target as usize])
            }
            RInstr::Jump { target } => {
                self.b.ins().jump(self.blocks[target as usize], &[]);
            }
            RInstr::GetItem { dst, obj, key } => {
                let key_known = match self.known.get(&key) {
                    Some(Known::Int(v)) => Some(*v),
                    _ => None,
                };
                let saved = std::mem::take(&mut self.known);
                if let Some(layout) = rt::list_layout() {
                    // An inline item over an inline destination is copied in native code; the
                    // destination may be the list's own register, which is then not inline.
                    let slow = self.b.create_block();
                    let item = self.list_item(layout, obj, key, key_known, false, slow);
                    let regs = self.regs;
                    self.copy_inline(item, 0, regs, dst as i32 * SLOT, slow, next);
                    self.b.switch_to_block(slow);
                }
                self.fast_then_generic(
                    pc,
                    rt::helper_list_get as *const () as usize,
                    [dst, obj, key],
                    next,
                );
                // Only the destination changed.
                self.known = saved;
                self.known.remove(&dst);
            }
            RInstr::SetItem { obj, key, src } => {
                let key_known = match self.known.get(&key) {
                    Some(Known::Int(v)) => Some(*v),
                    _ => None,
                };
                let saved = std::mem::take(&mut self.known);
                if let Some(layout) = rt::list_layout() {
                    let slow = self.b.create_block();
                    let item = self.list_item(layout, obj, key, key_known, true, slow);
                    let regs = self.regs;
                    self.copy_inline(regs, src as i32 * SLOT, item, 0, slow, next);
                    self.b.switch_to_block(slow);
                }
                self.fast_then_generic(
                    pc,
                    rt::helper_list_set as *const () as usize,
                    [obj, key, src],
                    next,
                );
                self.known = saved;
            }
            RInstr::JumpIfFalse { cond, target } => {
                self.lower_cond_jump(pc, cond, self.blocks[target as usize], false, next)
            }
            RInstr::JumpIfTrue { cond, target } => {
                self.lower_cond_jump(pc, cond, self.blocks[target as usize], true, next)
            }
            RInstr::ForIter { iter, dst, target } => {
                self.known.remove(&dst);
                let target = self.blocks[target as usize];
                // Ranges and lists first (1 item, 0 done, 2 another kind of iterator).
                let f = self
                    .b
                    .ins()
                    .iconst(I64, rt::helper_range_next as *const () as usize as i64);
                let it = self.b.ins().iconst(I64, i64::from(iter));
                let d = self.b.ins().iconst(I64, i64::from(dst));
                let call = self
                    .b
                    .ins()
                    .call_indirect(self.helpers.regs3, f, &[self.regs, it, d]);
                let r = self.b.inst_results(call)[0];
                let other = self.b.create_block();
                let known = self.b.create_block();
                let is_other = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.b.ins().brif(is_other, other, &[], known, &[]);
                self.b.switch_to_block(known);
                self.b.ins().brif(r, next, &[], target, &[]);
                self.b.switch_to_block(other);
                let r = self.call_helper(
                    rt::helper_for_iter as *const () as usize,
                    self.helpers.for_iter,
                    &[pc as i64],
                );
                let got = self.b.create_block();
                self.check_exit(r, got);
                self.b.switch_to_block(got);
                self.b.ins().brif(r, next, &[], target, &[]);
            }
            RInstr::LoadGlobal { dst, name } => {
                let f = rt::helper_load_global as *const () as usize;
                self.dedicated(f, &[dst, name], Some(dst), pc, next);
            }
            RInstr::Call { dst, func, n } => {
                let f = rt::helper_call as *const () as usize;
                self.dedicated(f, &[dst, func, n], Some(dst), pc, next);
            }
            RInstr::CallMethod { dst, func, n } => {
                let f = rt::helper_call_method as *const () as usize;
                self.dedicated(f, &[dst, func, n], Some(dst), pc, next);
            }
            RInstr::LoadAttr { dst, obj, name } => {
                let f = rt::helper_load_attr as *const () as usize;
                self.dedicated(f, &[dst, obj, name], Some(dst), pc, next);
            }
            RInstr::StoreAttr { obj, name, src } => {
                let f = rt::helper_store_attr as *const () as usize;
                self.dedicated(f, &[obj, name, src], None, pc, next);
            }
            RInstr::LoadMethod { slot, obj, name } => {
                let f = rt::helper_load_method as *const () as usize;
                self.dedicated(f, &[slot, obj, name], Some(slot), pc, next);
                self.known.remove(&(slot + 1));
            }
            RInstr::Return { src } => {
                let f = rt::helper_return as *const () as usize;
                let r = self.call_helper(f, self.helpers.vm4, &[i64::from(src), pc as i64]);
                self.b.ins().jump(self.exit, &[ir::BlockArg::Value(r)]);
            }
            _ => self.generic(pc, next),
        }
    }

    /// Calls a dedicated helper `(vm, frame, operands..., pc) -> u64` for the instruction at
    /// `pc`, which writes at most register `dst` (calls run Python code, which cannot rebind
    /// this frame's registers, so what is known of the others stays true); leaves native code
    /// when the helper returns an exit.
    fn dedicated(
        &mut self,
        addr: usize,
        operands: &[Reg],
        dst: Option<Reg>,
        pc: usize,
        next: Block,
    ) {
        if let Some(d) = dst {
            self.known.remove(&d);
        }
        let mut extra: Vec<i64> = operands.iter().map(|r| i64::from(*r)).collect();
        extra.push(pc as i64);
        let sig = match extra.len() {
            2 => self.helpers.vm4,
            3 => self.helpers.vm5,
            _ => self.helpers.vm6,
        };
        let r = self.call_helper(addr, sig, &extra);
        let is_exit = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let exit = self.exit;
        self.b
            .ins()
            .brif(is_exit, exit, &[ir::BlockArg::Value(r)], next, &[]);
    }

    /// A loop back-edge. When a SIGINT is pending, leaves for the interpreter at the jump, whose
    /// own back-edge check raises `KeyboardInterrupt` there (so handlers and `finally` run).
    fn lower_back_edge(&mut self, pc: usize, target: Block) {
        let flag = self
            .b
            .ins()
            .iconst(I64, ferropy_vm::signals::flag_address() as i64);
        let set = self.b.ins().uload8(I64, MemFlagsData::trusted(), flag, 0);
        let code = self
            .b
            .ins()
            .iconst(I64, ((pc as i64 + 1) << 8) | rt::EXIT_INTERP as i64);
        let exit = self.exit;
        self.b
            .ins()
            .brif(set, exit, &[ir::BlockArg::Value(code)], target, &[]);
    }

    // ----- memory -----

    fn tag(&mut self, reg: Reg) -> ir::Value {
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), self.regs, reg as i32 * SLOT)
    }

    fn load_int(&mut self, reg: Reg) -> ir::Value {
        self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            self.regs,
            reg as i32 * SLOT + PAYLOAD_OFFSET,
        )
    }

    fn load_float(&mut self, reg: Reg) -> ir::Value {
        self.b.ins().load(
            types::F64,
            MemFlagsData::trusted(),
            self.regs,
            reg as i32 * SLOT + PAYLOAD_OFFSET,
        )
    }

    fn tag_is(&mut self, tag: ir::Value, want: u8) -> ir::Value {
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, i64::from(want))
    }

    /// Both operands carry tag `want`.
    fn both(&mut self, ta: ir::Value, tb: ir::Value, want: u8) -> ir::Value {
        let x = self.tag_is(ta, want);
        let y = self.tag_is(tb, want);
        self.b.ins().band(x, y)
    }

    /// Writes an inline value, through a helper when the old value is on the heap (so that its
    /// reference is released), then continues at `next`.
    fn store(&mut self, reg: Reg, v: Inline, next: Block) {
        let off = reg as i32 * SLOT;
        // The tag and 64-bit payload, computed here so both paths below can use them.
        let (tag, payload) = match v {
            Inline::Int(x) => (TAG_INT, x),
            Inline::Float(x) => (TAG_FLOAT, self.b.ins().bitcast(I64, MemFlagsData::new(), x)),
            Inline::Bool(x) => (TAG_BOOL, self.b.ins().uextend(I64, x)),
            Inline::None => (TAG_NONE, self.b.ins().iconst(I64, 0)),
        };
        let old = self.tag(reg);
        let inline =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, old, i64::from(TAG_FLOAT));
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(inline, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let flags = MemFlagsData::trusted();
        match v {
            Inline::Bool(x) => {
                self.b.ins().store(flags, x, self.regs, off + BOOL_OFFSET);
            }
            Inline::None => {}
            _ => {
                self.b
                    .ins()
                    .store(flags, payload, self.regs, off + PAYLOAD_OFFSET);
            }
        }
        let t = self.b.ins().iconst(I64, i64::from(tag));
        self.b.ins().store(flags, t, self.regs, off);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(slow);
        let reg_v = self.b.ins().iconst(I64, i64::from(reg));
        let tag_v = self.b.ins().iconst(I64, i64::from(tag));
        let f = self
            .b
            .ins()
            .iconst(I64, rt::helper_store_inline as *const () as usize as i64);
        self.b.ins().call_indirect(
            self.helpers.store_inline,
            f,
            &[self.regs, reg_v, tag_v, payload],
        );
        self.b.ins().jump(next, &[]);
    }

    fn lower_move(&mut self, dst: Reg, src: Reg, next: Block) {
        let ts = self.tag(src);
        let td = self.tag(dst);
        let a = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ts, i64::from(TAG_FLOAT));
        let c = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, td, i64::from(TAG_FLOAT));
        let both = self.b.ins().band(a, c);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(both, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let flags = MemFlagsData::trusted();
        let w0 = self.b.ins().load(I64, flags, self.regs, src as i32 * SLOT);
        let w1 = self
            .b
            .ins()
            .load(I64, flags, self.regs, src as i32 * SLOT + 8);
        self.b.ins().store(flags, w0, self.regs, dst as i32 * SLOT);
        self.b
            .ins()
            .store(flags, w1, self.regs, dst as i32 * SLOT + 8);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(slow);
        let d = self.b.ins().iconst(I64, i64::from(dst));
        let s = self.b.ins().iconst(I64, i64::from(src));
        let f = self
            .b
            .ins()
            .iconst(I64, rt::helper_move as *const () as usize as i64);
        self.b
            .ins()
            .call_indirect(self.helpers.move_, f, &[self.regs, d, s]);
        self.b.ins().jump(next, &[]);
    }

    // ----- helpers -----

    /// Calls a helper taking `(vm, frame, extra...)` and returning a u64.
    fn call_helper(&mut self, addr: usize, sig: ir::SigRef, extra: &[i64]) -> ir::Value {
        let f = self.b.ins().iconst(I64, addr as i64);
        let mut args = vec![self.vm, self.frame];
        for e in extra {
            args.push(self.b.ins().iconst(I64, *e));
        }
        let call = self.b.ins().call_indirect(sig, f, &args);
        self.b.inst_results(call)[0]
    }

    /// Leaves native code with the helper's result if it is an exit code (>= 256).
    fn check_exit(&mut self, r: ir::Value, cont: Block) {
        let is_exit = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, r, 256);
        let exit = self.exit;
        self.b
            .ins()
            .brif(is_exit, exit, &[ir::BlockArg::Value(r)], cont, &[]);
    }

    /// The address of item `key` of the list in register `obj`, for reading or (`write`) for
    /// replacing it: branches to `slow` unless `obj` is a list (see `rt::ListLayout`) that is
    /// not being written (for a write: not borrowed at all) and `key` an int in range.
    fn list_item(
        &mut self,
        layout: rt::ListLayout,
        obj: Reg,
        key: Reg,
        key_known: Option<ir::Value>,
        write: bool,
        slow: Block,
    ) -> ir::Value {
        let list_mem = MemFlagsData::new();
        let t = self.tag(obj);
        let is_list = self.tag_is(t, layout.tag);
        let go = self.b.create_block();
        self.b.ins().brif(is_list, go, &[], slow, &[]);
        self.b.switch_to_block(go);
        let i = match key_known {
            Some(v) => v,
            None => {
                let tk = self.tag(key);
                let is_int = self.tag_is(tk, TAG_INT);
                let go = self.b.create_block();
                self.b.ins().brif(is_int, go, &[], slow, &[]);
                self.b.switch_to_block(go);
                self.load_int(key)
            }
        };
        let p = self.load_int(obj);
        let flag = self.b.ins().load(I64, list_mem, p, layout.borrow);
        let busy = if write {
            self.b.ins().icmp_imm_s(IntCC::NotEqual, flag, 0)
        } else {
            self.b.ins().icmp_imm_s(IntCC::SignedLessThan, flag, 0)
        };
        let go = self.b.create_block();
        self.b.ins().brif(busy, slow, &[], go, &[]);
        self.b.switch_to_block(go);
        let len = self.b.ins().load(I64, list_mem, p, layout.len);
        let data = self.b.ins().load(I64, list_mem, p, layout.ptr);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let from_end = self.b.ins().iadd(i, len);
        let idx = self.b.ins().select(negative, from_end, i);
        let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let go = self.b.create_block();
        self.b.ins().brif(in_range, go, &[], slow, &[]);
        self.b.switch_to_block(go);
        let offset = self.b.ins().ishl_imm_u(idx, 4);
        self.b.ins().iadd(data, offset)
    }

    /// Copies 16 bytes from `from + from_off` to `to + to_off` when both the value there and
    /// the one it replaces are inline (no reference count to keep), then continues at `next`;
    /// else branches to `slow`.
    fn copy_inline(
        &mut self,
        from: ir::Value,
        from_off: i32,
        to: ir::Value,
        to_off: i32,
        slow: Block,
        next: Block,
    ) {
        let mem = MemFlagsData::new();
        let ts = self.b.ins().load(I64, mem, from, from_off);
        let td = self.b.ins().load(I64, mem, to, to_off);
        let limit = i64::from(TAG_FLOAT);
        let inline_src = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ts, limit);
        let inline_dst = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, td, limit);
        let both = self.b.ins().band(inline_src, inline_dst);
        let go = self.b.create_block();
        self.b.ins().brif(both, go, &[], slow, &[]);
        self.b.switch_to_block(go);
        let w0 = self.b.ins().load(I64, mem, from, from_off);
        let w1 = self.b.ins().load(I64, mem, from, from_off + 8);
        self.b.ins().store(mem, w0, to, to_off);
        self.b.ins().store(mem, w1, to, to_off + 8);
        self.b.ins().jump(next, &[]);
    }

    /// Calls a `(regs, a, b, c) -> u64` fast-path helper; when it answers 1, runs the
    /// instruction through the interpreter instead.
    fn fast_then_generic(&mut self, pc: usize, addr: usize, operands: [Reg; 3], next: Block) {
        let f = self.b.ins().iconst(I64, addr as i64);
        let mut args = vec![self.regs];
        for r in operands {
            args.push(self.b.ins().iconst(I64, i64::from(r)));
        }
        let call = self.b.ins().call_indirect(self.helpers.regs4, f, &args);
        let r = self.b.inst_results(call)[0];
        let slow = self.b.create_block();
        self.b.ins().brif(r, slow, &[], next, &[]);
        self.b.switch_to_block(slow);
        self.generic(pc, next);
    }

    /// Runs the instruction through the interpreter, then continues at `next`.
    fn generic(&mut self, pc: usize, next: Block) {
        // The interpreter may write any of the instruction's registers.
        self.known.clear();
        let r = self.call_helper(
            rt::helper_exec as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        let is_exit = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let exit = self.exit;
        self.b
            .ins()
            .brif(is_exit, exit, &[ir::BlockArg::Value(r)], next, &[]);
    }

    // ----- arithmetic and comparisons -----

    fn lower_binary(&mut self, pc: usize, op: u8, dst: Reg, a: Reg, b: Reg, next: Block) {
        let Some((bop, _)) = B::decode(u32::from(op)) else {
            return self.generic(pc, next);
        };
        let int_ok = matches!(bop, B::Add | B::Sub | B::Mul | B::And | B::Or | B::Xor);
        let float_ok = matches!(bop, B::Add | B::Sub | B::Mul | B::TrueDiv);
        if !int_ok && !float_ok {
            return self.generic(pc, next);
        }
        // Specialize on what is known here and on the interpreter's type feedback; a failed
        // guard finishes this instruction in the interpreter and continues there.
        let fb = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        let kind = |k: Option<&Known>| match k {
            Some(Known::Int(_)) => 1,
            Some(Known::Float(_)) => 2,
            None => 0,
        };
        let (ka, kb) = (kind(self.known.get(&a)), kind(self.known.get(&b)));
        if float_ok && ka != 1 && kb != 1 && (fb == FB_FLOAT || (ka == 2 && kb == 2)) {
            return self.float_binary(pc, bop, dst, a, b, next);
        }
        if int_ok && ka != 2 && kb != 2 && (fb == FB_INT || (ka == 1 && kb == 1)) {
            return self.int_binary(pc, bop, dst, a, b, next);
        }
        let saved = self.known.clone();
        self.lower_binary_both(pc, bop, int_ok, float_ok, dst, a, b, next);
        self.known = saved;
        self.known.remove(&dst);
    }

    /// A failed speculation's exit: a block that finishes instruction `pc` in the interpreter.
    fn deopt_block(&mut self, pc: usize) -> Block {
        let block = self.b.create_block();
        self.deopts.push((block, pc));
        block
    }

    /// Runs instruction `pc` through the interpreter and leaves native code after it.
    fn deopt(&mut self, pc: usize) {
        let r = self.call_helper(
            rt::helper_exec as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        let is_exit = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let resume = self
            .b
            .ins()
            .iconst(I64, ((pc as i64 + 2) << 8) | rt::EXIT_INTERP as i64);
        let code = self.b.ins().select(is_exit, r, resume);
        let exit = self.exit;
        self.b.ins().jump(exit, &[ir::BlockArg::Value(code)]);
    }

    /// A register's payload as an int or float: known already, or loaded behind a tag guard.
    fn guarded(&mut self, reg: Reg, float: bool, deopt: Block) -> ir::Value {
        match (self.known.get(&reg), float) {
            (Some(Known::Float(v)), true) | (Some(Known::Int(v)), false) => return *v,
            _ => {}
        }
        let t = self.tag(reg);
        let ok = self.tag_is(t, if float { TAG_FLOAT } else { TAG_INT });
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], deopt, &[]);
        self.b.switch_to_block(cont);
        let (v, k) = if float {
            let v = self.load_float(reg);
            (v, Known::Float(v))
        } else {
            let v = self.load_int(reg);
            (v, Known::Int(v))
        };
        self.known.insert(reg, k);
        v
    }

    /// Stores a typed result; when the destination's old value is known to be inline, without
    /// checking its tag.
    fn store_typed(&mut self, dst: Reg, v: Inline, next: Block) {
        if !self.known.contains_key(&dst) {
            return self.store(dst, v, next);
        }
        let off = dst as i32 * SLOT;
        let flags = MemFlagsData::trusted();
        let (tag, payload) = match v {
            Inline::Int(x) => (TAG_INT, x),
            Inline::Float(x) => (TAG_FLOAT, x),
            _ => return self.store(dst, v, next),
        };
        self.b
            .ins()
            .store(flags, payload, self.regs, off + PAYLOAD_OFFSET);
        let t = self.b.ins().iconst(I64, i64::from(tag));
        self.b.ins().store(flags, t, self.regs, off);
        self.b.ins().jump(next, &[]);
    }

    fn float_binary(&mut self, pc: usize, bop: B, dst: Reg, a: Reg, b: Reg, next: Block) {
        let deopt = self.deopt_block(pc);
        let x = self.guarded(a, true, deopt);
        let y = self.guarded(b, true, deopt);
        let r = match bop {
            B::Add => self.b.ins().fadd(x, y),
            B::Sub => self.b.ins().fsub(x, y),
            B::Mul => self.b.ins().fmul(x, y),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let divide = self.b.create_block();
                self.b.ins().brif(is_zero, deopt, &[], divide, &[]);
                self.b.switch_to_block(divide);
                self.b.ins().fdiv(x, y)
            }
        };
        self.store_typed(dst, Inline::Float(r), next);
        self.known.insert(dst, Known::Float(r));
    }

    fn int_binary(&mut self, pc: usize, bop: B, dst: Reg, a: Reg, b: Reg, next: Block) {
        let deopt = self.deopt_block(pc);
        let x = self.guarded(a, false, deopt);
        let y = self.guarded(b, false, deopt);
        let (r, overflow) = match bop {
            B::Add => self.b.ins().sadd_overflow(x, y),
            B::Sub => self.b.ins().ssub_overflow(x, y),
            B::Mul => self.b.ins().smul_overflow(x, y),
            B::And => (self.b.ins().band(x, y), self.b.ins().iconst(types::I8, 0)),
            B::Or => (self.b.ins().bor(x, y), self.b.ins().iconst(types::I8, 0)),
            _ => (self.b.ins().bxor(x, y), self.b.ins().iconst(types::I8, 0)),
        };
        let ok = self.b.create_block();
        self.b.ins().brif(overflow, deopt, &[], ok, &[]);
        self.b.switch_to_block(ok);
        self.store_typed(dst, Inline::Int(r), next);
        self.known.insert(dst, Known::Int(r));
    }

    /// Arithmetic on operands of unknown type: the int path, then the float path, then the
    /// interpreter.
    fn lower_binary_both(
        &mut self,
        pc: usize,
        bop: B,
        int_ok: bool,
        float_ok: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
        next: Block,
    ) {
        let slow = self.b.create_block();
        let check_float = self.b.create_block();
        let ta = self.tag(a);
        let tb = self.tag(b);
        if int_ok {
            let ints = self.both(ta, tb, TAG_INT);
            let int_block = self.b.create_block();
            self.b.ins().brif(ints, int_block, &[], check_float, &[]);
            self.b.switch_to_block(int_block);
            let x = self.load_int(a);
            let y = self.load_int(b);
            let (r, overflow) = match bop {
                B::Add => self.b.ins().sadd_overflow(x, y),
                B::Sub => self.b.ins().ssub_overflow(x, y),
                B::Mul => self.b.ins().smul_overflow(x, y),
                B::And => (self.b.ins().band(x, y), self.b.ins().iconst(types::I8, 0)),
                B::Or => (self.b.ins().bor(x, y), self.b.ins().iconst(types::I8, 0)),
                _ => (self.b.ins().bxor(x, y), self.b.ins().iconst(types::I8, 0)),
            };
            let store = self.b.create_block();
            self.b.ins().brif(overflow, slow, &[], store, &[]);
            self.b.switch_to_block(store);
            self.store(dst, Inline::Int(r), next);
        } else {
            self.b.ins().jump(check_float, &[]);
        }
        self.b.switch_to_block(check_float);
        if float_ok {
            let floats = self.both(ta, tb, TAG_FLOAT);
            let float_block = self.b.create_block();
            self.b.ins().brif(floats, float_block, &[], slow, &[]);
            self.b.switch_to_block(float_block);
            let x = self.load_float(a);
            let y = self.load_float(b);
            let r = match bop {
                B::Add => self.b.ins().fadd(x, y),
                B::Sub => self.b.ins().fsub(x, y),
                B::Mul => self.b.ins().fmul(x, y),
                _ => {
                    // Division by zero raises: leave that to the interpreter.
                    let zero = self.b.ins().f64const(0.0);
                    let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                    let divide = self.b.create_block();
                    self.b.ins().brif(is_zero, slow, &[], divide, &[]);
                    self.b.switch_to_block(divide);
                    self.b.ins().fdiv(x, y)
                }
            };
            self.store(dst, Inline::Float(r), next);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.generic(pc, next);
    }

    /// Emits the int and float comparison fast paths; each calls `done` with the i8 result.
    /// Falls into `slow` when neither applies.
    fn compare_fast(&mut self, op: u8, a: Reg, b: Reg, slow: Block) -> Option<(Block, ir::Value)> {
        let (icc, fcc) = match op {
            0 => (IntCC::SignedLessThan, FloatCC::LessThan),
            1 => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            2 => (IntCC::Equal, FloatCC::Equal),
            3 => (IntCC::NotEqual, FloatCC::NotEqual),
            4 => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            5 => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            _ => return None,
        };
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let ta = self.tag(a);
        let tb = self.tag(b);
        let ints = self.both(ta, tb, TAG_INT);
        let int_block = self.b.create_block();
        let check_float = self.b.create_block();
        self.b.ins().brif(ints, int_block, &[], check_float, &[]);
        self.b.switch_to_block(int_block);
        let x = self.load_int(a);
        let y = self.load_int(b);
        let r = self.b.ins().icmp(icc, x, y);
        self.b.ins().jump(done, &[ir::BlockArg::Value(r)]);
        self.b.switch_to_block(check_float);
        let floats = self.both(ta, tb, TAG_FLOAT);
        let float_block = self.b.create_block();
        self.b.ins().brif(floats, float_block, &[], slow, &[]);
        self.b.switch_to_block(float_block);
        let x = self.load_float(a);
        let y = self.load_float(b);
        let r = self.b.ins().fcmp(fcc, x, y);
        self.b.ins().jump(done, &[ir::BlockArg::Value(r)]);
        self.b.switch_to_block(done);
        let result = self.b.block_params(done)[0];
        Some((done, result))
    }

    /// A comparison of two registers whose types are both known: the i8 result, if it is one.
    fn compare_known(&mut self, op: u8, a: Reg, b: Reg) -> Option<ir::Value> {
        let (icc, fcc) = match op {
            0 => (IntCC::SignedLessThan, FloatCC::LessThan),
            1 => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            2 => (IntCC::Equal, FloatCC::Equal),
            3 => (IntCC::NotEqual, FloatCC::NotEqual),
            4 => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            5 => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            _ => return None,
        };
        match (self.known.get(&a).copied(), self.known.get(&b).copied()) {
            (Some(Known::Int(x)), Some(Known::Int(y))) => Some(self.b.ins().icmp(icc, x, y)),
            (Some(Known::Float(x)), Some(Known::Float(y))) => Some(self.b.ins().fcmp(fcc, x, y)),
            _ => None,
        }
    }

    fn lower_compare(&mut self, pc: usize, op: u8, dst: Reg, a: Reg, b: Reg, next: Block) {
        if let Some(result) = self.compare_known(op, a, b) {
            return self.store(dst, Inline::Bool(result), next);
        }
        let saved = self.known.clone();
        self.lower_compare_unknown(pc, op, dst, a, b, next);
        self.known = saved;
    }

    fn lower_compare_unknown(&mut self, pc: usize, op: u8, dst: Reg, a: Reg, b: Reg, next: Block) {
        let slow = self.b.create_block();
        let Some((_, result)) = self.compare_fast(op, a, b, slow) else {
            return self.generic(pc, next);
        };
        self.store(dst, Inline::Bool(result), next);
        self.b.switch_to_block(slow);
        self.generic(pc, next);
    }

    fn lower_compare_jump(
        &mut self,
        pc: usize,
        op: u8,
        a: Reg,
        b: Reg,
        target: Block,
        when: bool,
        next: Block,
    ) {
        let (on_true, on_false) = if when { (target, next) } else { (next, target) };
        if let Some(result) = self.compare_known(op, a, b) {
            self.b.ins().brif(result, on_true, &[], on_false, &[]);
            return;
        }
        let slow = self.b.create_block();
        if let Some((_, result)) = self.compare_fast(op, a, b, slow) {
            self.b.ins().brif(result, on_true, &[], on_false, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let r = self.call_helper(
            rt::helper_compare as *const () as usize,
            self.helpers.compare,
            &[pc as i64],
        );
        let decide = self.b.create_block();
        self.check_exit(r, decide);
        self.b.switch_to_block(decide);
        self.b.ins().brif(r, on_true, &[], on_false, &[]);
    }

    fn lower_cond_jump(&mut self, pc: usize, cond: Reg, target: Block, when: bool, next: Block) {
        let (on_true, on_false) = if when { (target, next) } else { (next, target) };
        let t = self.tag(cond);
        let is_bool = self.tag_is(t, TAG_BOOL);
        let bool_block = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(is_bool, bool_block, &[], slow, &[]);
        self.b.switch_to_block(bool_block);
        let v = self.b.ins().uload8(
            types::I32,
            MemFlagsData::trusted(),
            self.regs,
            cond as i32 * SLOT + BOOL_OFFSET,
        );
        self.b.ins().brif(v, on_true, &[], on_false, &[]);
        self.b.switch_to_block(slow);
        let r = self.call_helper(
            rt::helper_truthy as *const () as usize,
            self.helpers.truthy,
            &[i64::from(cond), pc as i64],
        );
        let decide = self.b.create_block();
        self.check_exit(r, decide);
        self.b.switch_to_block(decide);
        self.b.ins().brif(r, on_true, &[], on_false, &[]);
    }
}
