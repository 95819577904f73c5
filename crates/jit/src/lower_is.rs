//! Truth, `not`, `is` and `is not` in native code. Truth: a bool is its byte, `None` is false,
//! an int is true unless 0; other values take the slow path (their `__bool__` or `__len__`).
//! `is` and `is not`: two values are the same object when their variants match
//! and, for an int or a counted (heap) value, their payload words match (a counted value's
//! payload is its object's address); `None` is always itself. Other inline variants (bools,
//! floats, `NotImplemented`, `Ellipsis`) take the slow path.

use crate::lower::{Lowerer, SLOT};
use crate::lower_ops::Inline;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, Block, InstBuilder, MemFlagsData};
use ferropy_bytecode::CompareOperator;
use ferropy_vm::jit_support::{self as rt, PAYLOAD_OFFSET, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE};
use ferropy_vm::regcode::Reg;
use ferropy_vm::Value as PyValue;

impl Lowerer<'_> {
    /// The i8 truth of `a is b` (or `a is not b`) when `op` is one of those; branches to `slow`
    /// for the variants it does not decide.
    pub(crate) fn compare_identity(
        &mut self,
        op: u8,
        a: Reg,
        b: Reg,
        slow: Block,
    ) -> Option<ir::Value> {
        let negate = match op {
            o if o == CompareOperator::Is as u8 => false,
            o if o == CompareOperator::IsNot as u8 => true,
            _ => return None,
        };
        // `x is None` (the commonest): `None` is the one value with its tag.
        for (none, x) in [(b, a), (a, b)] {
            if matches!(self.const_value(none), Some(PyValue::None)) {
                let t = self.tag(x);
                let cc = if negate {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                return Some(self.b.ins().icmp_imm_s(cc, t, i64::from(TAG_NONE)));
            }
        }
        let mem = MemFlagsData::trusted();
        let ta = self.tag(a);
        let tb = self.tag(b);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let differ = self.b.create_block();
        let same = self.b.create_block();
        let tags_equal = self.b.ins().icmp(IntCC::Equal, ta, tb);
        self.b.ins().brif(tags_equal, same, &[], differ, &[]);
        // Different variants are never the same object.
        self.b.switch_to_block(differ);
        let r = self.b.ins().iconst(types::I8, i64::from(negate));
        self.b.ins().jump(done, &[ir::BlockArg::Value(r)]);
        self.b.switch_to_block(same);
        let none = self.tag_is(ta, TAG_NONE);
        let by_payload = self.payload_identity_tag(ta);
        let decided = self.b.ins().bor(none, by_payload);
        let compare = self.b.create_block();
        self.b.ins().brif(decided, compare, &[], slow, &[]);
        self.b.switch_to_block(compare);
        let pa = self
            .b
            .ins()
            .load(types::I64, mem, self.regs, a as i32 * SLOT + PAYLOAD_OFFSET);
        let pb = self
            .b
            .ins()
            .load(types::I64, mem, self.regs, b as i32 * SLOT + PAYLOAD_OFFSET);
        // `None`'s payload is not meaningful: equal by its tag alone.
        let pa = self.b.ins().select(none, pb, pa);
        let cc = if negate {
            IntCC::NotEqual
        } else {
            IntCC::Equal
        };
        let r = self.b.ins().icmp(cc, pa, pb);
        self.b.ins().jump(done, &[ir::BlockArg::Value(r)]);
        self.b.switch_to_block(done);
        Some(self.b.block_params(done)[0])
    }

    /// Whether values of tag `t` are the same object exactly when their payload words are
    /// equal: ints, and counted values (tags past `TAG_FLOAT` but `NotImplemented`'s and
    /// `Ellipsis`'s, which carry no payload).
    fn payload_identity_tag(&mut self, t: ir::Value) -> ir::Value {
        let int = self.tag_is(t, TAG_INT);
        let counted = self.is_counted(t);
        self.b.ins().bor(int, counted)
    }

    /// Whether tag `t` is a counted value's: past `TAG_FLOAT` and before `NotImplemented` and
    /// `Ellipsis` (which carry no payload and come last), one unsigned range check.
    pub(crate) fn is_counted(&mut self, t: ir::Value) -> ir::Value {
        let first = i64::from(TAG_FLOAT) + 1;
        let count = i64::from(rt::TAG_NOT_IMPLEMENTED) - first;
        let from_first = self.b.ins().iadd_imm_s(t, -first);
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, from_first, count)
    }

    /// The i8 truth of register `reg` for a bool, `None` or an int; branches to `slow` for any
    /// other value. Bools, the most common, are tested first.
    pub(crate) fn truth_inline(&mut self, reg: Reg, slow: Block) -> ir::Value {
        if self.bools.contains(&reg) {
            return self.bool_byte(reg);
        }
        let mem = MemFlagsData::trusted();
        let t = self.tag(reg);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let is_bool = self.tag_is(t, TAG_BOOL);
        let bool_block = self.b.create_block();
        let other = self.b.create_block();
        self.b.ins().brif(is_bool, bool_block, &[], other, &[]);
        self.b.switch_to_block(bool_block);
        let v = self.bool_byte(reg);
        self.b.ins().jump(done, &[ir::BlockArg::Value(v)]);
        self.b.switch_to_block(other);
        let is_int = self.tag_is(t, TAG_INT);
        let is_none = self.tag_is(t, TAG_NONE);
        let ok = self.b.ins().bor(is_int, is_none);
        let int_or_none = self.b.create_block();
        self.b.ins().brif(ok, int_or_none, &[], slow, &[]);
        self.b.switch_to_block(int_or_none);
        let p = self.b.ins().load(
            types::I64,
            mem,
            self.regs,
            reg as i32 * SLOT + PAYLOAD_OFFSET,
        );
        // `None`'s payload is not meaningful: false by its tag alone.
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        let v = self.b.ins().band(nonzero, is_int);
        self.b.ins().jump(done, &[ir::BlockArg::Value(v)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// The truth of register `reg`, which holds a bool: its byte.
    pub(crate) fn bool_byte(&mut self, reg: Reg) -> ir::Value {
        let mem = MemFlagsData::trusted();
        let off = reg as i32 * SLOT + rt::BOOL_OFFSET;
        let byte = self.b.ins().uload8(types::I32, mem, self.regs, off);
        self.b.ins().ireduce(types::I8, byte)
    }

    /// `UnaryOp not`: inline for a bool, `None` or an int, else through the interpreter.
    /// (The interpreter records no feedback for it, so `never_ran` cannot tell whether it ran:
    /// it said "never", and nqueens ran every `not` through the interpreter.)
    pub(crate) fn lower_not(&mut self, pc: usize, dst: Reg, src: Reg) {
        let saved = self.save_facts();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let truth = self.truth_inline(src, slow);
        let not = self.b.ins().bxor_imm_u(truth, 1);
        self.store(dst, Inline::Bool(not));
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.generic_to(pc, done);
        self.restore_facts(saved);
        self.forget(dst);
    }
}
