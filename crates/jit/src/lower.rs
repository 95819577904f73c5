//! Lowering register code to Cranelift IR.
//!
//! Registers stay in the frame's slab (the interpreter's own state), so native code can leave at
//! any instruction. Arithmetic, comparisons, branches, moves and list items on inline values
//! (ints, floats, bools, None) are compiled inline; the rest calls runtime helpers
//! (`jit_support`), each of which falls back to the interpreter's `exec_one`, so every function
//! can be compiled.
//!
//! The IR is kept small because Cranelift's compile time grows with instructions and blocks
//! (register allocation most of all): straight-line register code shares one block (only jump
//! targets and entry points start one); a failed type guard (speculation on the interpreter's
//! type feedback) leaves for the interpreter at the instruction, which has not run yet, through
//! a two-instruction block (no helper call, no shared block whose critical edges Cranelift
//! would split); and each slow path is a single helper call. The arithmetic and memory parts are
//! in `lower_ops.rs`.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, AbiParam, Block, InstBuilder, MemFlagsData, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use ferropy_bytecode::UnaryOperator;
use ferropy_vm::jit_globals::GlobalGuard;
use ferropy_vm::jit_support as rt;
use ferropy_vm::regcode::{CodeUnit, RInstr, Reg};
use ferropy_vm::Value as PyValue;

pub(crate) const SLOT: i32 = 16;
pub(crate) const I64: ir::Type = types::I64;

/// The signatures of the runtime helpers, imported once per function.
pub(crate) struct Helpers {
    pub(crate) exec: ir::SigRef,
    pub(crate) truthy: ir::SigRef,
    pub(crate) release: ir::SigRef,
    pub(crate) move_: ir::SigRef,
    /// `(vm, frame, a, b) -> u64`, `(vm, frame, a, b, c) -> u64`, `(vm, frame, a, b, c, d) -> u64`.
    pub(crate) vm4: ir::SigRef,
    pub(crate) vm5: ir::SigRef,
    pub(crate) vm6: ir::SigRef,
    /// `(f64, f64) -> f64`, for `helper_float_pow`.
    pub(crate) pow: ir::SigRef,
}

/// How native code leaves: a constant exit code, or a helper's result.
#[derive(Clone, Copy)]
enum ExitCode {
    Const(i64),
    Value(ir::Value),
}

pub struct Lowerer<'a> {
    pub(crate) b: FunctionBuilder<'a>,
    pub(crate) unit: &'a CodeUnit,
    pub(crate) vm: ir::Value,
    pub(crate) frame: ir::Value,
    pub(crate) regs: ir::Value,
    /// The block of every pc that native code jumps to or is entered at; any other instruction
    /// goes on in the block of the one before it.
    blocks: Vec<Option<Block>>,
    pub(crate) helpers: Helpers,
    /// Registers whose type and value are known here (the slab holds the same value): guards
    /// and loads on them are skipped. Valid along straight-line code; cleared at jump targets.
    pub(crate) known: std::collections::HashMap<Reg, Known>,
    /// Registers known to hold inline values (no reference to release when overwritten):
    /// those in `known` and others.
    pub(crate) inline: std::collections::HashSet<Reg>,
    /// Registers known to hold a bool (a comparison's or `not`'s result, a list item typed so):
    /// a truth test reads its byte.
    pub(crate) bools: std::collections::HashSet<Reg>,
    /// Registers known to hold a list: its payload pointer, and whether it was seen not borrowed
    /// at all (`true`, for writes) or only not mutably borrowed (`false`). Helpers release every
    /// borrow they take before returning, and a callee cannot rebind this frame's registers,
    /// so this holds until the register is written.
    pub(crate) lists: std::collections::HashMap<Reg, (ir::Value, bool)>,
    /// The length and item buffer of lists in `lists`, loaded already: valid until native code
    /// calls out (Python code, a `__del__` included, may resize a list) or the register is
    /// written. Item writes change neither.
    pub(crate) list_dims: Vec<(Reg, ir::Value, ir::Value)>,
    /// An instruction the one before it did as well (see `heads_loop`).
    done_already: Option<usize>,
    /// Exits to emit at the end: blocks that pass their code on to the one return.
    exits: Vec<(Block, ExitCode)>,
    /// The exit block of each constant exit code, shared by every guard that leaves with it.
    const_exits: std::collections::HashMap<i64, Block>,
    /// The exit block that takes its code as a parameter (helpers' results).
    value_exit: Option<Block>,
    /// Whether the interpreter recorded type feedback for this unit (`--jit=auto`): then an
    /// instruction without any never ran before it was compiled, and gets a helper call rather
    /// than inline fast paths for every type (smaller code for what is likely cold). Under
    /// `--jit=eager` there is no feedback, and every fast path is compiled.
    pub(crate) cold_is_generic: bool,
    /// Registers only typed instructions write (`inline_regs`).
    pub(crate) spec_inline: Vec<bool>,
    /// Per name, how native code may load it as a global (`lower_calls`).
    pub(crate) globals: Vec<Option<GlobalGuard>>,
    /// Objects whose addresses the native code compares with: kept alive as long as the code
    /// (see `Jit::keep`), so that no other object can take their addresses.
    pub keep: Vec<PyValue>,
}

/// A register's statically known inline value.
#[derive(Clone, Copy)]
pub(crate) enum Known {
    Int(ir::Value),
    Float(ir::Value),
}

/// The native entry's signature: `(vm, frame, regs, entry_pc) -> exit code`.
pub fn entry_signature(call_conv: CallConv) -> Signature {
    helper_sig(call_conv, 4, true)
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

/// The exit code that resumes the interpreter at `pc`.
pub(crate) fn interp_at(pc: usize) -> i64 {
    ((pc as i64 + 1) << 8) | rt::EXIT_INTERP as i64
}

/// Builds the IR of `unit` into `func`; `globals` (from `Vm::global_guards`, or empty) says
/// which globals native code loads itself. Returns the objects the code must keep alive.
pub fn lower(
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    unit: &CodeUnit,
    globals: Vec<Option<GlobalGuard>>,
    call_conv: CallConv,
    config: cranelift_codegen::isa::TargetFrontendConfig,
) -> Vec<PyValue> {
    let mut b = FunctionBuilder::new(func, fctx);
    let helpers = Helpers {
        exec: b.import_signature(helper_sig(call_conv, 3, true)),
        truthy: b.import_signature(helper_sig(call_conv, 4, true)),
        release: b.import_signature(helper_sig(call_conv, 2, false)),
        move_: b.import_signature(helper_sig(call_conv, 3, false)),
        vm4: b.import_signature(helper_sig(call_conv, 4, true)),
        vm5: b.import_signature(helper_sig(call_conv, 5, true)),
        vm6: b.import_signature(helper_sig(call_conv, 6, true)),
        pow: b.import_signature({
            let mut sig = Signature::new(call_conv);
            sig.params.push(AbiParam::new(types::F64));
            sig.params.push(AbiParam::new(types::F64));
            sig.returns.push(AbiParam::new(types::F64));
            sig
        }),
    };
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let n = unit.reg().instrs.len();
    let entries = entry_points(unit);
    let blocks = entries
        .iter()
        .map(|e| e.then(|| b.create_block()))
        .collect();
    let mut l = Lowerer {
        b,
        unit,
        vm: params[0],
        frame: params[1],
        regs: params[2],
        blocks,
        helpers,
        known: Default::default(),
        inline: Default::default(),
        bools: Default::default(),
        lists: Default::default(),
        list_dims: Vec::new(),
        done_already: None,
        exits: Vec::new(),
        const_exits: Default::default(),
        value_exit: None,
        cold_is_generic: unit.reg().feedback.iter().any(|c| c.get() != 0),
        spec_inline: crate::inline_regs::speculate_inline(unit),
        globals,
        keep: Vec::new(),
    };
    l.entry_dispatch(params[3]);
    let cold = crate::inline_regs::cold_stretches(unit, &entries);
    // FERROPY_JIT_IR_SIZES=1 (for developers): how many IR instructions each instruction took.
    let ir_sizes = std::env::var_os("FERROPY_JIT_IR_SIZES").is_some();
    for pc in 0..n {
        if let Some(block) = l.blocks[pc] {
            if !l.filled() {
                l.b.ins().jump(block, &[]);
            }
            l.b.switch_to_block(block);
            l.forget_all();
        } else if cold[pc] && pc > 0 && cold[pc - 1] {
            // The rest of a stretch that never ran: only its start (below) leads here.
            continue;
        } else if l.filled() {
            // Code after a jump or return that nothing jumps to: never run, but lowered (into a
            // block without predecessors, which Cranelift drops) so every pc has its code.
            let block = l.b.create_block();
            l.b.switch_to_block(block);
            l.forget_all();
        }
        if cold[pc] {
            // Never ran before compiling: leave for the interpreter here rather than compile it.
            let code = l.b.ins().iconst(I64, interp_at(pc));
            l.leave(code);
            continue;
        }
        let before = l.b.func.dfg.num_insts();
        l.instr(pc);
        if ir_sizes {
            eprintln!(
                "IR of {} pc {pc}: {} instructions for {:?}",
                unit.code.qualname,
                l.b.func.dfg.num_insts() - before,
                unit.reg().instrs[pc]
            );
        }
    }
    if !l.filled() {
        // Past the end (never reached by verified code).
        let code = l.b.ins().iconst(I64, interp_at(n));
        l.leave(code);
    }
    // Every way out goes through one return (one epilogue in the machine code).
    let ret = l.value_exit();
    for (block, code) in std::mem::take(&mut l.exits) {
        l.b.switch_to_block(block);
        match code {
            ExitCode::Const(c) => {
                let code = l.b.ins().iconst(I64, c);
                l.b.ins().jump(ret, &[code.into()]);
            }
            ExitCode::Value(v) => {
                l.b.ins().return_(&[v]);
            }
        }
    }
    l.b.seal_all_blocks();
    l.b.finalize(config);
    l.keep
}

/// The pcs native code can be entered at or jumps to: the start, every jump and handler target
/// (loop headers for on-stack replacement, handlers after an exception), and generator resume
/// points. The others continue the block before them, so straight-line code forms one block
/// that Cranelift optimizes as a whole.
fn entry_points(unit: &CodeUnit) -> Vec<bool> {
    let n = unit.reg().instrs.len();
    let mut entry = vec![false; n + 1];
    entry[0] = true;
    for (pc, instr) in unit.reg().instrs.iter().enumerate() {
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
    for h in &unit.reg().handlers {
        entry[h.target as usize] = true;
    }
    entry.truncate(n);
    entry
}

/// What a `Lowerer` knows of the registers (`known`, `inline`, `bools`, `lists`), saved around
/// a slow path that may invalidate it.
pub(crate) type Facts = (
    std::collections::HashMap<Reg, Known>,
    std::collections::HashSet<Reg>,
    std::collections::HashSet<Reg>,
    std::collections::HashMap<Reg, (ir::Value, bool)>,
);

impl<'a> Lowerer<'a> {
    /// Whether the `Call` at `pc` writing `dst` is followed by a `GetIter` of `dst` into `dst`
    /// that nothing jumps to (the head of `for x in f(...)`).
    fn heads_loop(&self, pc: usize, dst: Reg) -> bool {
        matches!(
            self.unit.reg().instrs.get(pc + 1),
            Some(RInstr::GetIter { dst: d, src: s }) if *d == dst && *s == dst
        ) && self.blocks.get(pc + 1).is_some_and(|b| b.is_none())
    }

    /// Register `reg` is written with a value nothing is known of.
    pub(crate) fn forget(&mut self, reg: Reg) {
        self.known.remove(&reg);
        self.inline.remove(&reg);
        self.bools.remove(&reg);
        self.lists.remove(&reg);
        self.list_dims.retain(|d| d.0 != reg);
    }

    pub(crate) fn forget_all(&mut self) {
        self.known.clear();
        self.inline.clear();
        self.bools.clear();
        self.lists.clear();
        self.list_dims.clear();
    }

    pub(crate) fn save_facts(&self) -> Facts {
        (
            self.known.clone(),
            self.inline.clone(),
            self.bools.clone(),
            self.lists.clone(),
        )
    }

    pub(crate) fn restore_facts(&mut self, facts: Facts) {
        (self.known, self.inline, self.bools, self.lists) = facts;
        // A slow path that joins here may have called out.
        self.list_dims.clear();
    }

    /// Whether register `reg` holds an inline value here.
    pub(crate) fn is_inline(&self, reg: Reg) -> bool {
        self.known.contains_key(&reg) || self.inline.contains(&reg)
    }

    /// Records register `reg`'s known value (which is inline).
    pub(crate) fn set_known(&mut self, reg: Reg, k: Known) {
        self.forget(reg);
        self.known.insert(reg, k);
        self.inline.insert(reg);
    }

    /// Whether instruction `pc` never ran in the interpreter although it records feedback
    /// (see `cold_is_generic`). Only for instructions the interpreter records feedback for
    /// (`BinaryOp`, `Compare`, `CompareJump`, `GetItem`, `SetItem`, `ForIter`): for any other,
    /// the answer is always "never".
    pub(crate) fn never_ran(&self, pc: usize) -> bool {
        self.cold_is_generic
            && self
                .unit
                .reg()
                .feedback
                .get(pc)
                .is_some_and(|c| c.get() == 0)
    }

    /// Whether the current block ends in a terminator (nothing falls through to the next pc).
    fn filled(&self) -> bool {
        let Some(block) = self.b.current_block() else {
            return true;
        };
        self.b
            .func
            .layout
            .last_inst(block)
            .is_some_and(|i| self.b.func.dfg.insts[i].opcode().is_terminator())
    }

    /// Jumps to the block of the entry pc; other pcs go back to the interpreter.
    fn entry_dispatch(&mut self, entry_pc: ir::Value) {
        let fallback = self.b.create_block();
        let targets: Vec<ir::BlockCall> = self
            .blocks
            .iter()
            .map(|blk| self.b.func.dfg.block_call(blk.unwrap_or(fallback), &[]))
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
        self.leave(code);
    }

    /// The block of jump target `pc`.
    fn target(&self, pc: u32) -> Block {
        self.blocks[pc as usize].expect("jump targets have blocks")
    }

    /// Goes on in the current block when `ok` holds; else leaves for the interpreter at `pc`,
    /// whose instruction has not run yet (a failed speculation).
    pub(crate) fn guard(&mut self, ok: ir::Value, pc: usize) {
        let fail = self.const_exit(interp_at(pc));
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(cont);
    }

    /// The block that leaves native code with exit code `code`.
    fn const_exit(&mut self, code: i64) -> Block {
        if let Some(&block) = self.const_exits.get(&code) {
            return block;
        }
        let block = self.b.create_block();
        self.exits.push((block, ExitCode::Const(code)));
        self.const_exits.insert(code, block);
        block
    }

    /// Leaves native code with exit code `code` (through the one return, `value_exit`).
    pub(crate) fn leave(&mut self, code: ir::Value) {
        let out = self.value_exit();
        self.b.ins().jump(out, &[code.into()]);
    }

    /// The block that leaves native code with the exit code passed to it: the function's only
    /// return.
    fn value_exit(&mut self) -> Block {
        if let Some(block) = self.value_exit {
            return block;
        }
        let block = self.b.create_block();
        let code = self.b.append_block_param(block, I64);
        self.exits.push((block, ExitCode::Value(code)));
        self.value_exit = Some(block);
        block
    }

    /// Leaves native code with `code` when `cond` holds; else goes on in a new block.
    pub(crate) fn leave_if(&mut self, cond: ir::Value, code: ir::Value) {
        let out = self.value_exit();
        let cont = self.b.create_block();
        self.b.ins().brif(cond, out, &[code.into()], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Leaves native code with a helper's result unless it is 0.
    pub(crate) fn leave_unless_zero(&mut self, r: ir::Value) {
        self.leave_if(r, r);
    }

    /// Leaves native code with a helper's result if it is an exit code (>= 256).
    fn leave_if_exit(&mut self, r: ir::Value) {
        let is_exit = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, r, 256);
        self.leave_if(is_exit, r);
    }

    fn instr(&mut self, pc: usize) {
        match self.unit.reg().instrs[pc] {
            RInstr::BinaryOp { a, b, .. }
            | RInstr::Compare { a, b, .. }
            | RInstr::CompareJump { a, b, .. } => {
                self.seed_const(a);
                self.seed_const(b);
            }
            RInstr::Move { src, .. } => self.seed_const(src),
            RInstr::GetItem { key, .. } | RInstr::SetItem { key, .. } => self.seed_const(key),
            _ => {}
        }
        match self.unit.reg().instrs[pc] {
            RInstr::Nop => {}
            RInstr::Move { dst, src } => self.lower_move(dst, src),
            RInstr::LoadConst { dst, k } => self.lower_load_const(pc, dst, k),
            RInstr::BinaryOp { op, dst, a, b } => self.lower_binary(pc, op, dst, a, b),
            RInstr::Compare { op, dst, a, b } => self.lower_compare(pc, op, dst, a, b),
            RInstr::CompareJump {
                op,
                a,
                b,
                target,
                when,
            } => {
                let target = self.target(target);
                self.lower_compare_jump(pc, op, a, b, target, when);
            }
            RInstr::Jump { target } if (target as usize) <= pc => {
                self.lower_back_edge(pc, self.target(target))
            }
            RInstr::Jump { target } => {
                let target = self.target(target);
                self.b.ins().jump(target, &[]);
            }
            RInstr::GetItem { dst, obj, key } => self.lower_get_item(pc, dst, obj, key),
            RInstr::SetItem { obj, key, src } => self.lower_set_item(pc, obj, key, src),
            RInstr::JumpIfFalse { cond, target } => {
                self.lower_cond_jump(pc, cond, self.target(target), false)
            }
            RInstr::JumpIfTrue { cond, target } => {
                self.lower_cond_jump(pc, cond, self.target(target), true)
            }
            RInstr::ForIter { iter, dst, target } => {
                self.lower_for_iter(pc, iter, dst, self.target(target))
            }
            RInstr::LoadGlobal { dst, name } => self.lower_load_global(pc, dst, name),
            RInstr::Call { dst, func, n } if self.heads_loop(pc, dst) => {
                // `for x in range(...)`: the call and the `GetIter` after it in one helper.
                let f = ferropy_vm::jit_range::helper_range_iter as *const () as usize;
                self.dedicated(f, &[dst, func, n], Some(dst), pc);
                self.done_already = Some(pc + 1);
            }
            RInstr::Call { dst, func, n } => {
                let f = rt::helper_call as *const () as usize;
                self.dedicated(f, &[dst, func, n], Some(dst), pc);
            }
            RInstr::GetIter { .. } if self.done_already == Some(pc) => {}
            RInstr::CallMethod { dst, func, n } => {
                let f = rt::helper_call_method as *const () as usize;
                self.dedicated(f, &[dst, func, n], Some(dst), pc);
            }
            RInstr::LoadAttr { dst, obj, name } => self.lower_load_attr(pc, dst, obj, name),
            RInstr::StoreAttr { obj, name, src } => self.lower_store_attr(pc, obj, name, src),
            RInstr::LoadMethod { slot, obj, name } => self.lower_load_method(pc, slot, obj, name),
            RInstr::Return { src } if !self.unit.code.is_generator() => {
                // The caller takes the value from the register (`EXIT_RETURN`).
                let code = (i64::from(src) + 1) << 8 | rt::EXIT_RETURN as i64;
                let code = self.b.ins().iconst(I64, code);
                self.leave(code);
            }
            RInstr::Return { src } => {
                let f = rt::helper_return as *const () as usize;
                let r = self.call_helper(f, self.helpers.vm4, &[i64::from(src), pc as i64]);
                self.leave(r);
            }
            RInstr::UnaryOp { op, dst, src } if op == UnaryOperator::Not as u8 => {
                self.lower_not(pc, dst, src)
            }
            RInstr::UnaryOp { dst, .. } => self.generic_writing(pc, dst),
            _ => self.generic(pc),
        }
    }

    /// Makes a constant register's value known (an `iconst`/`f64const` in the current block)
    /// when it holds an int or a float: constant registers are never written, so arithmetic on
    /// them needs neither a load nor a guard.
    /// The constant register `reg` holds (constant registers are never written), if it is one.
    pub(crate) fn const_value(&self, reg: Reg) -> Option<&'a PyValue> {
        let code = self.unit.reg();
        let base = code.nregs as usize - code.const_values.len();
        (reg as usize)
            .checked_sub(base)
            .and_then(|i| code.const_values.get(i))
    }

    fn seed_const(&mut self, reg: Reg) {
        let Some(v) = self.const_value(reg) else {
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
        self.set_known(reg, k);
    }

    /// `ForIter`: a `range` iterator stepped inline (see `lower_range_step`), anything else
    /// through one helper call (`helper_for_next`: 1 item, 0 done, or an exit). The inline
    /// step is left out where the interpreter saw only other iterators (lists, tuples, ...).
    fn lower_for_iter(&mut self, pc: usize, iter: Reg, dst: Reg, done: Block) {
        let got = self.b.create_block();
        let slow = self.b.create_block();
        let seen = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        let range_seen = seen == 0 || seen & ferropy_vm::regcode::FB_INT != 0;
        let stepped = range_seen && self.lower_range_step(iter, dst, done, got, slow);
        if !stepped {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.forget(dst);
        let r = self.call_helper(
            rt::helper_for_next as *const () as usize,
            self.helpers.vm5,
            &[i64::from(iter), i64::from(dst), pc as i64],
        );
        self.leave_if_exit(r);
        self.b.ins().brif(r, got, &[], done, &[]);
        self.b.switch_to_block(got);
        self.forget(dst);
    }

    /// Calls a dedicated helper `(vm, frame, operands..., pc) -> u64` for the instruction at
    /// `pc`, which writes at most register `dst` (calls run Python code, which cannot rebind
    /// this frame's registers, so what is known of the others stays true); leaves native code
    /// when the helper returns an exit.
    pub(crate) fn dedicated(&mut self, addr: usize, operands: &[Reg], dst: Option<Reg>, pc: usize) {
        let r = self.call_dedicated(addr, operands, dst, pc);
        self.leave_unless_zero(r);
    }

    /// The call `dedicated` and `dedicated_to` make: forgets what is known of `dst`, passes the
    /// operands and `pc`, and returns the helper's result (0, or an exit).
    fn call_dedicated(
        &mut self,
        addr: usize,
        operands: &[Reg],
        dst: Option<Reg>,
        pc: usize,
    ) -> ir::Value {
        if let Some(d) = dst {
            self.forget(d);
        }
        let mut extra: Vec<i64> = operands.iter().map(|r| i64::from(*r)).collect();
        extra.push(pc as i64);
        let sig = match extra.len() {
            2 => self.helpers.vm4,
            3 => self.helpers.vm5,
            _ => self.helpers.vm6,
        };
        self.call_helper(addr, sig, &extra)
    }

    /// As `dedicated`, as the slow path of an instruction whose fast path goes on at `done`:
    /// jumps there (no block of its own to go on in).
    pub(crate) fn dedicated_to(
        &mut self,
        addr: usize,
        operands: &[Reg],
        dst: Option<Reg>,
        pc: usize,
        done: Block,
    ) {
        let r = self.call_dedicated(addr, operands, dst, pc);
        let out = self.value_exit();
        self.b.ins().brif(r, out, &[r.into()], done, &[]);
        self.b.switch_to_block(done);
    }

    /// A loop back-edge. When a SIGINT is pending, leaves for the interpreter at the jump, whose
    /// own back-edge check raises `KeyboardInterrupt` there (so handlers and `finally` run).
    fn lower_back_edge(&mut self, pc: usize, target: Block) {
        let flag = self
            .b
            .ins()
            .iconst(I64, ferropy_vm::signals::flag_address() as i64);
        let set = self.b.ins().uload8(I64, MemFlagsData::trusted(), flag, 0);
        let out = self.const_exit(interp_at(pc));
        self.b.ins().brif(set, out, &[], target, &[]);
    }

    /// Runs the instruction through the interpreter, then goes on.
    pub(crate) fn generic(&mut self, pc: usize) {
        // The interpreter may write any of the instruction's registers.
        self.forget_all();
        let r = self.call_helper(
            rt::helper_exec as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        self.leave_unless_zero(r);
    }

    /// As `generic`, for an instruction that writes only register `dst` (arithmetic and
    /// comparisons: operator methods run Python code, which cannot rebind this frame's
    /// registers), so what is known of the others stays true.
    pub(crate) fn generic_writing(&mut self, pc: usize, dst: Reg) {
        self.forget(dst);
        let r = self.call_helper(
            rt::helper_exec as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        self.leave_unless_zero(r);
    }

    /// As `generic`, as the slow path of an instruction whose fast path goes on at `done`.
    pub(crate) fn generic_to(&mut self, pc: usize, done: Block) {
        self.forget_all();
        let r = self.call_helper(
            rt::helper_exec as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        let out = self.value_exit();
        self.b.ins().brif(r, out, &[r.into()], done, &[]);
        self.b.switch_to_block(done);
    }

    /// Calls a helper taking `(vm, frame, extra...)` and returning a u64.
    pub(crate) fn call_helper(&mut self, addr: usize, sig: ir::SigRef, extra: &[i64]) -> ir::Value {
        let f = self.b.ins().iconst(I64, addr as i64);
        let mut args = vec![self.vm, self.frame];
        for e in extra {
            args.push(self.b.ins().iconst(I64, *e));
        }
        self.list_dims.clear();
        let call = self.b.ins().call_indirect(sig, f, &args);
        self.b.inst_results(call)[0]
    }

    fn lower_cond_jump(&mut self, pc: usize, cond: Reg, target: Block, when: bool) {
        let next = self.b.create_block();
        let (on_true, on_false) = if when { (target, next) } else { (next, target) };
        if self.bools.contains(&cond) {
            let v = self.bool_byte(cond);
            self.b.ins().brif(v, on_true, &[], on_false, &[]);
            self.b.switch_to_block(next);
            return;
        }
        let slow = self.b.create_block();
        let v = self.truth_inline(cond, slow);
        self.b.ins().brif(v, on_true, &[], on_false, &[]);
        self.b.switch_to_block(slow);
        let r = self.call_helper(
            rt::helper_truthy as *const () as usize,
            self.helpers.truthy,
            &[i64::from(cond), pc as i64],
        );
        self.leave_if_exit(r);
        self.b.ins().brif(r, on_true, &[], on_false, &[]);
        self.b.switch_to_block(next);
    }
}
