//! Register translation: one linear pass per code object turns stack code into register code.
//!
//! A simulated stack holds, for each depth, the register that currently has that entry's value.
//! `LoadFast x` pushes register `x` itself (no copy) when `x` is certainly bound; a result is
//! written straight into its canonical register `nlocals + depth`, or into the local a following
//! `StoreFast` names. Before a branch, at a join, and at the start of a protected range, every
//! entry is moved into its canonical register, so all paths agree on where values are.
//!
//! Constants that are inline values (`None`, bools, machine ints, floats) get registers of
//! their own after the scratch register, filled when a frame is made (`CodeUnit::const_regs`;
//! an inline value is a plain 16-byte copy), and `LoadConst` of one pushes its register like
//! `LoadFast` pushes a local's: `n - 1` is one `BinaryOp` reading the constant's register. No
//! instruction writes a constant register (only `Return` moves out of one, as its frame ends).

use crate::regcode::{BuildKind, Handler, RInstr, Reg};
use ferropy_bytecode::{CodeObject, Instr, Opcode};

/// The result of translating one code object.
pub struct Translated {
    pub instrs: Vec<RInstr>,
    pub spc: Vec<u32>,
    pub handlers: Vec<Handler>,
    pub nregs: u32,
    /// The registers that hold constants, with the constant's index.
    pub const_regs: Vec<(Reg, u32)>,
}

/// Whether a constant is an inline value, which a constant register can hold.
fn is_inline(c: &ferropy_bytecode::Constant) -> bool {
    use ferropy_bytecode::Constant as C;
    matches!(c, C::None | C::Bool(_) | C::Int(_) | C::Float(_))
}

/// The value of an inline constant (one `is_inline` accepts), for a constant register.
pub fn inline_constant(c: &ferropy_bytecode::Constant) -> crate::value::Value {
    use crate::value::Value;
    use ferropy_bytecode::Constant as C;
    match c {
        C::Bool(b) => Value::Bool(*b),
        C::Int(i) => Value::Int(*i),
        C::Float(f) => Value::Float(*f),
        _ => Value::None,
    }
}

/// Translates verified stack code. The verifier has checked depths, operands and targets.
pub fn translate(code: &CodeObject) -> Translated {
    let n = code.instructions.len();
    let depths = stack_depths(code);
    let assigned = definitely_assigned(code, &depths);
    let mut is_label = vec![false; n];
    for i in &code.instructions {
        if let Some(t) = i.jump_target() {
            is_label[t as usize] = true;
        }
    }
    let mut range_start = vec![false; n];
    for e in &code.exception_table {
        is_label[e.handler as usize] = true;
        range_start[e.start as usize] = true;
    }
    let nlocals = code.varnames.len() as u32;
    let mut t = Translator {
        nlocals,
        scratch: nlocals + code.max_stack,
        out: Vec::new(),
        spc: Vec::new(),
        stack: Vec::new(),
        label_rpc: vec![u32::MAX; n],
        fixups: Vec::new(),
        last_producer: None,
        pc: 0,
        inline_const: code.constants.iter().map(is_inline).collect(),
        const_base: nlocals + code.max_stack + 1,
        const_regs: Vec::new(),
    };
    let mut falls_in = false;
    let mut skip_next = false;
    for pc in 0..n {
        let Some(depth) = depths[pc] else {
            falls_in = false;
            continue;
        };
        t.pc = pc as u32;
        if skip_next {
            skip_next = false;
            falls_in = !code.instructions[pc].is_terminator();
            continue;
        }
        if is_label[pc] || !falls_in {
            if falls_in {
                t.materialize(0);
            }
            t.label_rpc[pc] = t.out.len() as u32;
            t.reset(depth);
        } else if range_start[pc] {
            t.materialize(0);
        }
        let instr = code.instructions[pc];
        let next = code.instructions.get(pc + 1).copied();
        let next_is_label = is_label.get(pc + 1).copied().unwrap_or(true);
        skip_next = t.instr(instr, next, next_is_label, &assigned[pc]);
        falls_in = !instr.is_terminator();
    }
    for (rpc, target_spc) in std::mem::take(&mut t.fixups) {
        let target = t.label_rpc[target_spc as usize];
        if let Some(slot) = t.out[rpc].target_mut() {
            *slot = target;
        }
    }
    let handlers = code
        .exception_table
        .iter()
        .map(|e| Handler {
            start: e.start,
            end: e.end,
            target: t.label_rpc[e.handler as usize],
            reg: nlocals + e.depth,
        })
        .collect();
    Translated {
        instrs: t.out,
        spc: t.spc,
        handlers,
        nregs: t.const_base + t.const_regs.len() as u32,
        const_regs: t.const_regs,
    }
}

struct Translator {
    nlocals: u32,
    scratch: Reg,
    out: Vec<RInstr>,
    spc: Vec<u32>,
    /// The register holding each stack entry, bottom first.
    stack: Vec<Reg>,
    label_rpc: Vec<u32>,
    /// Register pcs of branches, with their stack-pc targets.
    fixups: Vec<(usize, u32)>,
    /// The last instruction, when it wrote one temporary that a store may take over.
    last_producer: Option<usize>,
    pc: u32,
    /// Per constant: whether it is inline (gets a constant register).
    inline_const: Vec<bool>,
    /// The first constant register (after the locals, the stack and the scratch register).
    const_base: Reg,
    /// The constant registers handed out so far, with their constant's index.
    const_regs: Vec<(Reg, u32)>,
}

impl Translator {
    fn temp(&self, depth: usize) -> Reg {
        self.nlocals + depth as u32
    }

    /// The register holding inline constant `k`, handed out at its first use.
    fn const_reg(&mut self, k: u32) -> Reg {
        if let Some((r, _)) = self.const_regs.iter().find(|(_, c)| *c == k) {
            return *r;
        }
        let r = self.const_base + self.const_regs.len() as u32;
        self.const_regs.push((r, k));
        r
    }

    fn emit(&mut self, i: RInstr) {
        self.out.push(i);
        self.spc.push(self.pc);
        self.last_producer = None;
    }

    /// Emits an instruction that writes a fresh temporary, remembering it for store folding.
    fn emit_producer(&mut self, i: RInstr) {
        self.emit(i);
        self.last_producer = Some(self.out.len() - 1);
    }

    fn emit_jump(&mut self, i: RInstr, target_spc: u32) {
        self.emit(i);
        self.fixups.push((self.out.len() - 1, target_spc));
    }

    fn reset(&mut self, depth: u32) {
        self.stack = (0..depth as usize).map(|d| self.temp(d)).collect();
        self.last_producer = None;
    }

    fn pop(&mut self) -> Reg {
        self.stack.pop().expect("the verifier checked the depth")
    }

    fn pop_n(&mut self, n: usize) -> Vec<Reg> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    /// Moves every entry except the top `keep` into its canonical register. If a move would
    /// overwrite a register one of the kept entries reads, everything is materialized instead.
    fn materialize(&mut self, keep: usize) {
        let limit = self.stack.len() - keep;
        let all: Vec<usize> = (0..limit).collect();
        if keep > 0
            && all.iter().any(|&d| {
                self.stack[d] != self.temp(d) && self.stack[limit..].contains(&self.temp(d))
            })
        {
            return self.materialize(0);
        }
        self.move_to_canonical(all);
    }

    /// A parallel move of the given entries into their canonical registers (cycles broken
    /// through the scratch register). The caller makes sure no other entry reads a destination.
    fn move_to_canonical(&mut self, entries: Vec<usize>) {
        let mut moves: Vec<(Reg, Reg)> = entries
            .iter()
            .filter(|&&d| self.stack[d] != self.temp(d))
            .map(|&d| (self.temp(d), self.stack[d]))
            .collect();
        while !moves.is_empty() {
            let free = moves
                .iter()
                .position(|(dst, _)| !moves.iter().any(|(_, src)| src == dst));
            match free {
                Some(i) => {
                    let (dst, src) = moves.remove(i);
                    self.emit(RInstr::Move { dst, src });
                }
                None => {
                    // A cycle: park the first destination's current value in the scratch register.
                    let blocked = moves[0].0;
                    let scratch = self.scratch;
                    self.emit(RInstr::Move {
                        dst: scratch,
                        src: blocked,
                    });
                    for m in &mut moves {
                        if m.1 == blocked {
                            m.1 = scratch;
                        }
                    }
                }
            }
        }
        for d in entries {
            self.stack[d] = self.temp(d);
        }
    }

    /// Before writing `reg`: entries below the top `consumed` that still read it move to their
    /// canonical registers, along with any entry reading one of those destinations.
    fn protect(&mut self, reg: Reg, consumed: usize) {
        let limit = self.stack.len() - consumed;
        let mut set: Vec<usize> = (0..limit).filter(|&d| self.stack[d] == reg).collect();
        if set.is_empty() {
            return;
        }
        loop {
            let dests: Vec<Reg> = set.iter().map(|&d| self.temp(d)).collect();
            let more: Vec<usize> = (0..self.stack.len())
                .filter(|d| !set.contains(d) && dests.contains(&self.stack[*d]))
                .collect();
            if more.is_empty() {
                break;
            }
            if more.iter().any(|&d| d >= limit) {
                // A consumed operand reads a destination: fall back to moving everything.
                return self.materialize(0);
            }
            set.extend(more);
        }
        self.move_to_canonical(set);
    }

    /// A value-producing instruction with `k` operands on top of the stack, in order.
    fn produce(&mut self, k: usize, make: impl FnOnce(Reg, &[Reg]) -> RInstr) {
        let dst = self.temp(self.stack.len() - k);
        self.protect(dst, k);
        let operands = self.pop_n(k);
        self.emit_producer(make(dst, &operands));
        self.stack.push(dst);
    }

    /// An instruction whose `k` operands must be consecutive canonical registers; it writes
    /// `results` consecutive registers from the first operand's position.
    fn contiguous(&mut self, k: usize, results: usize, make: impl FnOnce(Reg) -> RInstr) {
        self.materialize(0);
        let base = self.stack.len() - k;
        let start = self.temp(base);
        self.stack.truncate(base);
        self.emit(make(start));
        for i in 0..results {
            self.stack.push(self.temp(base + i));
        }
    }

    /// `LoadMethod`: an object in a local is read where it is (no copy into the slot first:
    /// `o.m(...)` is one instruction fewer); anything else is first moved into the slot.
    /// Materializing the entries below cannot overwrite a local, so the local is still intact
    /// when the instruction reads it.
    fn load_method(&mut self, name: u32) {
        let top = *self.stack.last().expect("an object");
        if top >= self.nlocals {
            return self.contiguous(1, 2, |slot| RInstr::LoadMethod {
                slot,
                obj: slot,
                name,
            });
        }
        self.pop();
        self.materialize(0);
        let base = self.stack.len();
        let slot = self.temp(base);
        self.emit(RInstr::LoadMethod {
            slot,
            obj: top,
            name,
        });
        self.stack.push(slot);
        self.stack.push(self.temp(base + 1));
    }

    fn store_local(&mut self, x: Reg) {
        let src = *self.stack.last().expect("a value to store");
        if src == x {
            self.pop();
            return;
        }
        self.protect(x, 1);
        let src = self.pop();
        let still_used = self.stack.contains(&src);
        if let (Some(i), false) = (self.last_producer, still_used) {
            if let Some(dst) = self.out[i].dst_mut() {
                if *dst == src && src >= self.nlocals {
                    *dst = x;
                    self.last_producer = None;
                    return;
                }
            }
        }
        self.emit(RInstr::Move { dst: x, src });
    }

    /// Translates one instruction. Returns true when it also consumed the next one (a fused
    /// compare-and-branch).
    fn instr(
        &mut self,
        i: Instr,
        next: Option<Instr>,
        next_is_label: bool,
        assigned: &[u64],
    ) -> bool {
        use Opcode as O;
        let arg = i.arg;
        match i.op {
            O::Nop => {}
            O::PopTop => {
                self.pop();
            }
            O::DupTop => {
                let top = *self.stack.last().expect("an entry");
                self.stack.push(top);
            }
            O::DupTopTwo => {
                let n = self.stack.len();
                let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                self.stack.push(a);
                self.stack.push(b);
            }
            O::RotTwo => {
                let n = self.stack.len();
                self.stack.swap(n - 1, n - 2);
            }
            O::RotThree => {
                let top = self.pop();
                let at = self.stack.len() - 2;
                self.stack.insert(at, top);
            }
            O::RotFour => {
                let top = self.pop();
                let at = self.stack.len() - 3;
                self.stack.insert(at, top);
            }
            O::LoadConst if self.inline_const.get(arg as usize) == Some(&true) => {
                let r = self.const_reg(arg);
                self.stack.push(r);
            }
            O::LoadConst => self.produce(0, |dst, _| RInstr::LoadConst { dst, k: arg }),
            O::LoadFast => {
                if is_set(assigned, arg) {
                    self.stack.push(arg);
                } else {
                    self.produce(0, |dst, _| RInstr::LoadFastChecked { dst, src: arg });
                }
            }
            O::StoreFast => self.store_local(arg),
            O::DeleteFast => {
                self.protect(arg, 0);
                self.emit(RInstr::DeleteFast { reg: arg });
            }
            O::LoadDeref => self.produce(0, |dst, _| RInstr::LoadDeref { dst, idx: arg }),
            O::StoreDeref => {
                let src = self.pop();
                self.emit(RInstr::StoreDeref { src, idx: arg });
            }
            O::DeleteDeref => self.emit(RInstr::DeleteDeref { idx: arg }),
            O::LoadClosure => self.produce(0, |dst, _| RInstr::LoadClosure { dst, idx: arg }),
            O::LoadGlobal => self.produce(0, |dst, _| RInstr::LoadGlobal { dst, name: arg }),
            O::StoreGlobal => {
                let src = self.pop();
                self.emit(RInstr::StoreGlobal { src, name: arg });
            }
            O::DeleteGlobal => self.emit(RInstr::DeleteGlobal { name: arg }),
            O::LoadName => self.produce(0, |dst, _| RInstr::LoadName { dst, name: arg }),
            O::StoreName => {
                let src = self.pop();
                self.emit(RInstr::StoreName { src, name: arg });
            }
            O::DeleteName => self.emit(RInstr::DeleteName { name: arg }),
            O::LoadAttr => self.produce(1, |dst, o| RInstr::LoadAttr {
                dst,
                obj: o[0],
                name: arg,
            }),
            O::StoreAttr => {
                let obj = self.pop();
                let src = self.pop();
                self.emit(RInstr::StoreAttr {
                    obj,
                    name: arg,
                    src,
                });
            }
            O::DeleteAttr => {
                let obj = self.pop();
                self.emit(RInstr::DeleteAttr { obj, name: arg });
            }
            O::BinarySubscr => self.produce(2, |dst, o| RInstr::GetItem {
                dst,
                obj: o[0],
                key: o[1],
            }),
            O::StoreSubscr => {
                let ops = self.pop_n(3);
                self.emit(RInstr::SetItem {
                    obj: ops[1],
                    key: ops[2],
                    src: ops[0],
                });
            }
            O::DeleteSubscr => {
                let ops = self.pop_n(2);
                self.emit(RInstr::DeleteItem {
                    obj: ops[0],
                    key: ops[1],
                });
            }
            O::BuildSlice => self.contiguous(arg as usize, 1, |start| RInstr::BuildSlice {
                dst: start,
                start,
                n: arg,
            }),
            O::BinaryOp => self.produce(2, |dst, o| RInstr::BinaryOp {
                op: arg as u8,
                dst,
                a: o[0],
                b: o[1],
            }),
            O::UnaryOp => self.produce(1, |dst, o| RInstr::UnaryOp {
                op: arg as u8,
                dst,
                src: o[0],
            }),
            O::CompareOp => {
                let fusable = !next_is_label
                    && matches!(
                        next.map(|n| n.op),
                        Some(O::PopJumpIfFalse | O::PopJumpIfTrue)
                    );
                if fusable {
                    let next = next.expect("a next instruction");
                    self.materialize(2);
                    let ops = self.pop_n(2);
                    let when = next.op == O::PopJumpIfTrue;
                    let jump = RInstr::CompareJump {
                        op: arg as u8,
                        a: ops[0],
                        b: ops[1],
                        target: 0,
                        when,
                    };
                    self.emit_jump(jump, next.arg);
                    return true;
                }
                self.produce(2, |dst, o| RInstr::Compare {
                    op: arg as u8,
                    dst,
                    a: o[0],
                    b: o[1],
                })
            }
            O::BuildTuple => self.build(BuildKind::Tuple, arg),
            O::BuildList => self.build(BuildKind::List, arg),
            O::BuildSet => self.build(BuildKind::Set, arg),
            O::BuildMap => self.contiguous(2 * arg as usize, 1, |start| RInstr::Build {
                kind: BuildKind::Map,
                dst: start,
                start,
                n: arg,
            }),
            O::BuildString => self.build(BuildKind::String, arg),
            O::FormatValue => {
                let k = 1 + ((arg >> 2) & 1) as usize;
                self.contiguous(k, 1, |start| RInstr::FormatValue {
                    dst: start,
                    src: start,
                    flags: arg,
                });
            }
            O::ListAppend | O::SetAdd => {
                let item = self.pop();
                let target = self.stack[self.stack.len() - arg as usize];
                self.emit(if i.op == O::ListAppend {
                    RInstr::ListAppend { list: target, item }
                } else {
                    RInstr::SetAdd { set: target, item }
                });
            }
            O::MapAdd => {
                let ops = self.pop_n(2);
                let map = self.stack[self.stack.len() - arg as usize];
                self.emit(RInstr::MapAdd {
                    map,
                    key: ops[0],
                    value: ops[1],
                });
            }
            O::ListExtend | O::SetUpdate | O::DictUpdate => {
                let src = self.pop();
                let target = *self.stack.last().expect("a container");
                self.emit(match i.op {
                    O::ListExtend => RInstr::ListExtend { list: target, src },
                    O::SetUpdate => RInstr::SetUpdate { set: target, src },
                    _ => RInstr::DictUpdate { map: target, src },
                });
            }
            O::ListToTuple => self.produce(1, |dst, o| RInstr::ListToTuple { dst, src: o[0] }),
            O::UnpackSequence => self.contiguous(1, arg as usize, |start| RInstr::Unpack {
                src: start,
                dst: start,
                n: arg,
            }),
            O::UnpackEx => {
                let (before, after) = (arg & 0xff, arg >> 8);
                let results = (before + after + 1) as usize;
                self.contiguous(1, results, |start| RInstr::UnpackEx {
                    start,
                    before,
                    after,
                });
            }
            O::GetIter => self.produce(1, |dst, o| RInstr::GetIter { dst, src: o[0] }),
            O::ForIter => {
                self.materialize(0);
                let iter = *self.stack.last().expect("an iterator");
                let dst = self.temp(self.stack.len());
                self.emit_jump(
                    RInstr::ForIter {
                        iter,
                        dst,
                        target: 0,
                    },
                    arg,
                );
                // The loop variable's store may take over the item's register.
                self.last_producer = Some(self.out.len() - 1);
                self.stack.push(dst);
            }
            O::Jump => {
                self.materialize(0);
                self.emit_jump(RInstr::Jump { target: 0 }, arg);
            }
            O::PopJumpIfFalse | O::PopJumpIfTrue => {
                self.materialize(1);
                let cond = self.pop();
                let jump = if i.op == O::PopJumpIfFalse {
                    RInstr::JumpIfFalse { cond, target: 0 }
                } else {
                    RInstr::JumpIfTrue { cond, target: 0 }
                };
                self.emit_jump(jump, arg);
            }
            O::JumpIfFalseOrPop | O::JumpIfTrueOrPop => {
                self.materialize(0);
                let cond = self.pop();
                let jump = if i.op == O::JumpIfFalseOrPop {
                    RInstr::JumpIfFalse { cond, target: 0 }
                } else {
                    RInstr::JumpIfTrue { cond, target: 0 }
                };
                self.emit_jump(jump, arg);
            }
            O::Call => self.contiguous(arg as usize + 1, 1, |func| RInstr::Call {
                dst: func,
                func,
                n: arg,
            }),
            O::CallKw => self.contiguous(arg as usize + 2, 1, |func| RInstr::CallKw {
                dst: func,
                func,
                n: arg,
            }),
            O::CallEx => {
                let kwargs = arg & 1 != 0;
                self.contiguous(2 + kwargs as usize, 1, |func| RInstr::CallEx {
                    dst: func,
                    func,
                    kwargs,
                });
            }
            O::MakeFunction => {
                let (pops, _) = i.op.stack_effect(arg);
                self.contiguous(pops as usize, 1, |start| RInstr::MakeFunction {
                    dst: start,
                    start,
                    flags: arg,
                });
            }
            O::ReturnValue => {
                let src = self.pop();
                self.emit(RInstr::Return { src });
            }
            O::YieldValue => self.contiguous(1, 1, |start| RInstr::Yield {
                dst: start,
                src: start,
            }),
            O::YieldFrom => self.contiguous(1, 1, |start| RInstr::YieldFrom {
                dst: start,
                src: start,
            }),
            O::RaiseVarargs => {
                self.materialize(0);
                let base = self.stack.len() - arg as usize;
                let start = self.temp(base);
                self.stack.truncate(base);
                self.emit(RInstr::Raise { start, n: arg });
            }
            O::Reraise => {
                let src = self.pop();
                self.emit(RInstr::Reraise { src });
            }
            O::PushExcInfo => self.contiguous(1, 2, |slot| RInstr::PushExcInfo { slot }),
            O::PopExcept => {
                let prev = self.pop();
                self.emit(RInstr::PopExcept { prev });
            }
            O::CheckExcMatch => {
                self.materialize(0);
                let ty = self.pop();
                let exc = *self.stack.last().expect("an exception");
                let dst = self.temp(self.stack.len());
                self.emit(RInstr::CheckExcMatch { dst, exc, ty });
                self.stack.push(dst);
            }
            O::LoadAssertionError => self.produce(0, |dst, _| RInstr::LoadAssertionError { dst }),
            O::LoadBuildClass => self.produce(0, |dst, _| RInstr::LoadBuildClass { dst }),
            O::ImportName => self.contiguous(2, 1, |start| RInstr::ImportName {
                dst: start,
                start,
                name: arg,
            }),
            O::ImportFrom => {
                self.materialize(0);
                let module = *self.stack.last().expect("a module");
                let dst = self.temp(self.stack.len());
                self.emit(RInstr::ImportFrom {
                    dst,
                    module,
                    name: arg,
                });
                self.stack.push(dst);
            }
            O::ImportStar => {
                let module = self.pop();
                self.emit(RInstr::ImportStar { module });
            }
            O::PrintExpr => {
                let src = self.pop();
                self.emit(RInstr::PrintExpr { src });
            }
            O::BeforeWith => self.contiguous(1, 2, |slot| RInstr::BeforeWith { slot }),
            O::LoadMethod => self.load_method(arg),
            O::CallMethod => self.contiguous(arg as usize + 2, 1, |func| RInstr::CallMethod {
                dst: func,
                func,
                n: arg,
            }),
            O::WithExceptStart => {
                self.materialize(0);
                let base = self.temp(self.stack.len() - 3);
                self.emit(RInstr::WithExceptStart { base });
                self.stack.push(base + 3);
            }
        }
        false
    }

    fn build(&mut self, kind: BuildKind, n: u32) {
        self.contiguous(n as usize, 1, |start| RInstr::Build {
            kind,
            dst: start,
            start,
            n,
        });
    }
}

fn is_set(bits: &[u64], i: u32) -> bool {
    bits.get((i / 64) as usize)
        .is_some_and(|w| w & (1 << (i % 64)) != 0)
}

/// The stack depth on entry to each instruction (`None` where unreachable).
fn stack_depths(code: &CodeObject) -> Vec<Option<u32>> {
    let n = code.instructions.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    for e in &code.exception_table {
        work.push((e.handler as usize, e.depth + 1));
    }
    while let Some((pc, d)) = work.pop() {
        if pc >= n || depth[pc].is_some() {
            continue;
        }
        depth[pc] = Some(d);
        let i = code.instructions[pc];
        let (pops, pushes) = i.op.stack_effect(i.arg);
        if let Some(t) = i.jump_target() {
            let (jp, jq) = i.op.jump_stack_effect(i.arg).unwrap_or((pops, pushes));
            work.push((t as usize, d - jp + jq));
        }
        if !i.is_terminator() {
            work.push((pc + 1, d - pops + pushes));
        }
    }
    depth
}

/// For each instruction, the locals certainly bound on entry (a bitset), by a forward dataflow
/// analysis: parameters start bound, `StoreFast` binds, `DeleteFast` unbinds, joins intersect,
/// and a handler gets the intersection over its protected range.
fn definitely_assigned(code: &CodeObject, depths: &[Option<u32>]) -> Vec<Vec<u64>> {
    let n = code.instructions.len();
    let words = code.varnames.len().div_ceil(64).max(1);
    let mut state: Vec<Option<Vec<u64>>> = vec![None; n];
    let mut entry = vec![0u64; words];
    for p in 0..code.total_args() {
        entry[p / 64] |= 1 << (p % 64);
    }
    let mut work = vec![(0usize, entry)];
    let meet = |slot: &mut Option<Vec<u64>>, incoming: &[u64]| -> bool {
        match slot {
            None => {
                *slot = Some(incoming.to_vec());
                true
            }
            Some(cur) => {
                let mut changed = false;
                for (c, i) in cur.iter_mut().zip(incoming) {
                    let next = *c & i;
                    changed |= next != *c;
                    *c = next;
                }
                changed
            }
        }
    };
    while let Some((pc, incoming)) = work.pop() {
        if pc >= n || depths[pc].is_none() || !meet(&mut state[pc], &incoming) {
            continue;
        }
        let current = state[pc].clone().expect("just set");
        for e in &code.exception_table {
            if e.start as usize <= pc && pc < e.end as usize {
                work.push((e.handler as usize, current.clone()));
            }
        }
        let i = code.instructions[pc];
        let mut out = current;
        match i.op {
            Opcode::StoreFast => out[(i.arg / 64) as usize] |= 1 << (i.arg % 64),
            Opcode::DeleteFast => out[(i.arg / 64) as usize] &= !(1 << (i.arg % 64)),
            _ => {}
        }
        if let Some(t) = i.jump_target() {
            work.push((t as usize, out.clone()));
        }
        if !i.is_terminator() {
            work.push((pc + 1, out));
        }
    }
    state
        .into_iter()
        .map(|s| s.unwrap_or_else(|| vec![0; words]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translate_fn(src: &str) -> (Translated, CodeObject) {
        let module = ferropy_compiler::compile(src, "<t>").expect("compiles");
        let code = module
            .constants
            .iter()
            .find_map(|c| match c {
                ferropy_bytecode::Constant::Code(c) => Some((**c).clone()),
                _ => None,
            })
            .expect("a function");
        ferropy_bytecode::verify(&code).expect("verifies");
        (translate(&code), code)
    }

    #[test]
    fn add_and_store_is_one_instruction() {
        let (t, _) = translate_fn("def f(a, b):\n    c = a + b\n    return c\n");
        assert_eq!(
            t.instrs[0],
            RInstr::BinaryOp {
                op: 0,
                dst: 2,
                a: 0,
                b: 1
            }
        );
        assert_eq!(t.instrs[1], RInstr::Return { src: 2 });
        assert_eq!(t.instrs.len(), 2);
    }

    #[test]
    fn register_code_is_shorter_than_stack_code() {
        let (t, code) = translate_fn("def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t = t + i * i\n        i = i + 1\n    return t\n");
        assert!(
            t.instrs.len() < code.instructions.len(),
            "{} vs {}",
            t.instrs.len(),
            code.instructions.len()
        );
        assert!(t
            .instrs
            .iter()
            .any(|i| matches!(i, RInstr::CompareJump { .. })));
    }

    #[test]
    fn slots_agree_after_if_else() {
        // The conditional expression leaves its value in the canonical temporary on both paths.
        let (t, code) =
            translate_fn("def f(a, b):\n    x = (a if a > b else b) + 1\n    return x\n");
        let temp0 = code.varnames.len() as u32;
        let writes_temp0 = t
            .instrs
            .iter()
            .filter(|i| matches!(i, RInstr::Move { dst, .. } if *dst == temp0))
            .count();
        assert_eq!(writes_temp0, 2, "{:?}", t.instrs);
    }

    #[test]
    fn swap_goes_through_a_temporary() {
        let (t, _) = translate_fn("def f(a, b):\n    a, b = b, a\n    return a - b\n");
        let moves = t
            .instrs
            .iter()
            .filter(|i| matches!(i, RInstr::Move { .. }))
            .count();
        assert_eq!(moves, 3, "{:?}", t.instrs);
    }

    #[test]
    fn handlers_receive_the_exception_in_their_canonical_register() {
        let (t, code) = translate_fn("def f(x):\n    try:\n        y = 1 / x\n    except ZeroDivisionError:\n        y = 0\n    return y\n");
        assert_eq!(t.handlers[0].reg, code.varnames.len() as u32);
        assert!(t
            .handlers
            .iter()
            .all(|h| (h.target as usize) < t.instrs.len()));
    }

    #[test]
    fn loop_variables_need_no_checks_but_maybe_unbound_ones_do() {
        let (t, _) =
            translate_fn("def f(n):\n    for i in range(n):\n        pass\n    return i\n");
        assert!(t
            .instrs
            .iter()
            .any(|i| matches!(i, RInstr::LoadFastChecked { .. })));
        let (t, _) = translate_fn(
            "def f(n):\n    s = 0\n    for i in range(n):\n        s = s + i\n    return s\n",
        );
        assert!(!t
            .instrs
            .iter()
            .any(|i| matches!(i, RInstr::LoadFastChecked { .. })));
    }
}
