//! Lowering of the instructions native code runs inline: moves and constants, int and float
//! arithmetic and comparisons, and list items, with the slab's loads and stores they need.

use crate::lower::{Known, Lowerer, I64, SLOT};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, Block, InstBuilder, MemFlagsData};
use ferropy_bytecode::BinaryOperator as B;
use ferropy_vm::jit_support::{
    self as rt, BOOL_OFFSET, PAYLOAD_OFFSET, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE,
};
use ferropy_vm::regcode::{Reg, FB_FLOAT, FB_INT, FB_ITEM_BOOL, FB_LIST, FB_MIXED, FB_OTHER};
use ferropy_vm::Value as PyValue;

/// How `release_words` drops a value's last reference.
#[derive(Clone, Copy)]
pub(crate) enum LastRef {
    /// It is still in this register: `helper_release` unbinds the register, then drops it.
    Register(Reg),
    /// Native code took it out of where it was: `helper_drop_value` drops it.
    Drop,
}

/// An inline value to store into a register.
#[derive(Clone, Copy)]
pub(crate) enum Inline {
    Int(ir::Value),
    Float(ir::Value),
    Bool(ir::Value),
    None,
}

/// The int and float condition codes of comparison operator `op` (`<`, `<=`, `==`, `!=`, `>`,
/// `>=`), if it is one of those.
fn condition_codes(op: u8) -> Option<(IntCC, FloatCC)> {
    Some(match op {
        0 => (IntCC::SignedLessThan, FloatCC::LessThan),
        1 => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
        2 => (IntCC::Equal, FloatCC::Equal),
        3 => (IntCC::NotEqual, FloatCC::NotEqual),
        4 => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
        5 => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
        _ => return None,
    })
}

impl Lowerer<'_> {
    pub(crate) fn lower_load_const(&mut self, pc: usize, dst: Reg, k: u32) {
        let value = &self.unit.consts[k as usize];
        let inline = matches!(
            value,
            PyValue::Int(_) | PyValue::Float(_) | PyValue::Bool(_) | PyValue::None
        );
        if inline {
            let mut conds = Vec::new();
            let checked = self.dst_check(dst, &mut conds);
            self.guard_all(conds, pc, Vec::new(), checked.then_some(dst));
        }
        match &self.unit.consts[k as usize] {
            PyValue::Int(i) => {
                let v = self.b.ins().iconst(I64, *i);
                self.store_typed(dst, Inline::Int(v));
                self.set_known(dst, Known::Int(v));
            }
            PyValue::Float(f) => {
                let v = self.b.ins().f64const(*f);
                self.store_typed(dst, Inline::Float(v));
                self.set_known(dst, Known::Float(v));
            }
            PyValue::Bool(x) => {
                let v = self.b.ins().iconst(types::I8, i64::from(*x));
                self.store(dst, Inline::Bool(v));
                self.forget(dst);
                self.inline.insert(dst);
            }
            PyValue::None => {
                self.store(dst, Inline::None);
                self.forget(dst);
                self.inline.insert(dst);
            }
            _ => self.generic(pc),
        }
    }

    // ----- arithmetic and comparisons -----

    pub(crate) fn lower_binary(&mut self, pc: usize, op: u8, dst: Reg, a: Reg, b: Reg) {
        let Some((bop, _)) = B::decode(u32::from(op)) else {
            return self.generic_writing(pc, dst);
        };
        let int_ok = crate::policy::int_op_is_native(bop);
        let float_ok = crate::policy::float_op_is_native(bop);
        if !int_ok && !float_ok {
            return self.generic_writing(pc, dst);
        }
        // Specialize on what is known here and on the interpreter's type feedback; a failed
        // guard leaves for the interpreter at this instruction.
        let fb = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        let kind = |k: Option<&Known>| match k {
            Some(Known::Int(_)) => 1,
            Some(Known::Float(_)) => 2,
            None => 0,
        };
        let (ka, kb) = (kind(self.known.get(&a)), kind(self.known.get(&b)));
        if float_ok && ka != 1 && kb != 1 && (fb == FB_FLOAT || (ka == 2 && kb == 2)) {
            return self.float_binary(pc, bop, dst, a, b);
        }
        if float_ok && fb & FB_MIXED != 0 && fb & !(FB_FLOAT | FB_MIXED) == 0 {
            return self.mixed_binary(pc, bop, dst, a, b);
        }
        if int_ok && ka != 2 && kb != 2 && (fb == FB_INT || (ka == 1 && kb == 1)) {
            return self.int_binary(pc, bop, dst, a, b);
        }
        if bop == B::TrueDiv && ka != 2 && kb != 2 && (fb == FB_INT || (ka == 1 && kb == 1)) {
            return self.int_true_div(pc, dst, a, b);
        }
        if self.never_ran(pc) {
            return self.generic_writing(pc, dst);
        }
        let saved = self.save_facts();
        // (`**` on floats only behind guards: its result may leave the fast path.)
        self.lower_binary_both(pc, bop, int_ok, float_ok && bop != B::Pow, dst, a, b);
        self.restore_facts(saved);
        self.forget(dst);
    }

    /// A register's payload as an int or float: known already, or loaded (before its tag is
    /// checked: the slab is always readable) with the tag's check added to `conds`, and the
    /// register's value to `learn`, to record once `guard_all` has checked them.
    pub(crate) fn operand(
        &mut self,
        reg: Reg,
        float: bool,
        conds: &mut Vec<ir::Value>,
        learn: &mut Vec<(Reg, Known)>,
    ) -> ir::Value {
        match (self.known.get(&reg), float) {
            (Some(Known::Float(v)), true) | (Some(Known::Int(v)), false) => return *v,
            _ => {}
        }
        // The same register twice (`x * x`): loaded and checked once.
        if let Some((_, Known::Float(v) | Known::Int(v))) = learn.iter().find(|(r, _)| *r == reg) {
            return *v;
        }
        let t = self.tag(reg);
        conds.push(self.tag_is(t, if float { TAG_FLOAT } else { TAG_INT }));
        let (v, k) = if float {
            let v = self.load_float(reg);
            (v, Known::Float(v))
        } else {
            let v = self.load_int(reg);
            (v, Known::Int(v))
        };
        learn.push((reg, k));
        v
    }

    /// Adds "the old value of `dst` is inline" to `conds` for a register only typed
    /// instructions write (see `inline_regs`), so that the store needs no release.
    pub(crate) fn dst_check(&mut self, dst: Reg, conds: &mut Vec<ir::Value>) -> bool {
        if self.is_inline(dst) || !self.spec_inline.get(dst as usize).copied().unwrap_or(false) {
            return false;
        }
        let t = self.tag(dst);
        conds.push(self.tag_is_inline(t));
        true
    }

    /// One guard on all of `conds` (leaving for the interpreter at `pc`), then what it checked
    /// is known: the operands' values in `learn`, and `dst` inline when `dst_checked`.
    pub(crate) fn guard_all(
        &mut self,
        conds: Vec<ir::Value>,
        pc: usize,
        learn: Vec<(Reg, Known)>,
        dst: Option<Reg>,
    ) {
        let mut it = conds.into_iter();
        if let Some(first) = it.next() {
            let all = it.fold(first, |acc, c| self.b.ins().band(acc, c));
            self.guard(all, pc);
        }
        for (r, k) in learn {
            self.set_known(r, k);
        }
        if let Some(d) = dst {
            self.inline.insert(d);
        }
    }

    /// A register's payload as an int or float: known already, or loaded behind a tag guard
    /// that leaves for the interpreter at `pc`.
    fn guarded(&mut self, reg: Reg, float: bool, pc: usize) -> ir::Value {
        let (mut conds, mut learn) = (Vec::new(), Vec::new());
        let v = self.operand(reg, float, &mut conds, &mut learn);
        self.guard_all(conds, pc, learn, None);
        v
    }

    /// Stores a typed result; when the destination's old value is known to be inline, without
    /// checking its tag.
    pub(crate) fn store_typed(&mut self, dst: Reg, v: Inline) {
        self.bools.remove(&dst);
        if !self.is_inline(dst) {
            return self.store(dst, v);
        }
        let off = dst as i32 * SLOT;
        let flags = MemFlagsData::trusted();
        let (tag, payload) = match v {
            Inline::Int(x) => (TAG_INT, x),
            Inline::Float(x) => (TAG_FLOAT, x),
            _ => return self.store(dst, v),
        };
        self.b
            .ins()
            .store(flags, payload, self.regs, off + PAYLOAD_OFFSET);
        // The slab's tag already says so when the register is known to hold the same type.
        let same = matches!(
            (self.known.get(&dst), v),
            (Some(Known::Int(_)), Inline::Int(_)) | (Some(Known::Float(_)), Inline::Float(_))
        );
        if !same {
            let t = self.b.ins().iconst(I64, i64::from(tag));
            self.b.ins().store(flags, t, self.regs, off);
        }
    }

    fn float_binary(&mut self, pc: usize, bop: B, dst: Reg, a: Reg, b: Reg) {
        let (mut conds, mut learn) = (Vec::new(), Vec::new());
        let x = self.operand(a, true, &mut conds, &mut learn);
        let y = self.operand(b, true, &mut conds, &mut learn);
        let r = match bop {
            B::Add => self.b.ins().fadd(x, y),
            B::Sub => self.b.ins().fsub(x, y),
            B::Mul => self.b.ins().fmul(x, y),
            B::Pow => self.float_pow(x, y, &mut conds),
            _ => {
                // Division by zero raises: the interpreter does that.
                let zero = self.b.ins().f64const(0.0);
                conds.push(self.b.ins().fcmp(FloatCC::NotEqual, y, zero));
                self.b.ins().fdiv(x, y)
            }
        };
        let checked = self.dst_check(dst, &mut conds);
        self.guard_all(conds, pc, learn, checked.then_some(dst));
        self.store_typed(dst, Inline::Float(r));
        self.set_known(dst, Known::Float(r));
    }

    /// A register as a float when it holds a float or an int (converted as CPython converts an
    /// int operand of float arithmetic: rounded to nearest, ties to even), with the check that
    /// it holds one of those added to `conds`.
    fn float_or_int(&mut self, reg: Reg, conds: &mut Vec<ir::Value>) -> ir::Value {
        match self.known.get(&reg).copied() {
            Some(Known::Float(v)) => return v,
            Some(Known::Int(v)) => return self.b.ins().fcvt_from_sint(types::F64, v),
            None => {}
        }
        let t = self.tag(reg);
        let is_int = self.tag_is(t, TAG_INT);
        let is_float = self.tag_is(t, TAG_FLOAT);
        conds.push(self.b.ins().bor(is_int, is_float));
        let i = self.load_int(reg);
        let converted = self.b.ins().fcvt_from_sint(types::F64, i);
        let f = self.load_float(reg);
        self.b.ins().select(is_int, converted, f)
    }

    /// Float arithmetic where the interpreter saw an int and a float (`2.0 * i`): the int
    /// converted, one guard on both operands' types.
    fn mixed_binary(&mut self, pc: usize, bop: B, dst: Reg, a: Reg, b: Reg) {
        let mut conds = Vec::new();
        let x = self.float_or_int(a, &mut conds);
        let y = if a == b {
            x
        } else {
            self.float_or_int(b, &mut conds)
        };
        if bop == B::TrueDiv {
            // Division by zero raises: the interpreter does that.
            let zero = self.b.ins().f64const(0.0);
            conds.push(self.b.ins().fcmp(FloatCC::NotEqual, y, zero));
        }
        let r = match bop {
            B::Pow => self.float_pow(x, y, &mut conds),
            _ => self.float_op(bop, x, y),
        };
        let checked = self.dst_check(dst, &mut conds);
        self.guard_all(conds, pc, Vec::new(), checked.then_some(dst));
        self.store_typed(dst, Inline::Float(r));
        self.set_known(dst, Known::Float(r));
    }

    /// `x op y` on i64s, and whether it overflowed (for `//` and `%`: whether the divisor is
    /// not positive, which the interpreter handles: a zero divisor raises, a negative one
    /// rounds the other way).
    fn int_op(&mut self, bop: B, x: ir::Value, y: ir::Value) -> (ir::Value, ir::Value) {
        if matches!(bop, B::FloorDiv | B::Mod) {
            return self.int_floor_div_mod(bop, x, y);
        }
        if matches!(bop, B::LShift | B::RShift) {
            return self.int_shift(bop, x, y);
        }
        match bop {
            B::Add => self.b.ins().sadd_overflow(x, y),
            B::Sub => self.b.ins().ssub_overflow(x, y),
            B::Mul => self.b.ins().smul_overflow(x, y),
            B::And => (self.b.ins().band(x, y), self.b.ins().iconst(types::I8, 0)),
            B::Or => (self.b.ins().bor(x, y), self.b.ins().iconst(types::I8, 0)),
            _ => (self.b.ins().bxor(x, y), self.b.ins().iconst(types::I8, 0)),
        }
    }

    fn float_op(&mut self, bop: B, x: ir::Value, y: ir::Value) -> ir::Value {
        match bop {
            B::Add => self.b.ins().fadd(x, y),
            B::Sub => self.b.ins().fsub(x, y),
            B::Mul => self.b.ins().fmul(x, y),
            _ => self.b.ins().fdiv(x, y),
        }
    }

    fn int_binary(&mut self, pc: usize, bop: B, dst: Reg, a: Reg, b: Reg) {
        let (mut conds, mut learn) = (Vec::new(), Vec::new());
        let x = self.operand(a, false, &mut conds, &mut learn);
        let y = self.operand(b, false, &mut conds, &mut learn);
        let (r, overflow) = self.int_op(bop, x, y);
        // Overflow into a big int: the interpreter does that. Computing on payloads whose tags
        // are not checked yet is harmless: the result is used only when the guard holds (and
        // `//` and `%` never divide by an unchecked divisor).
        if !matches!(bop, B::And | B::Or | B::Xor) {
            conds.push(self.b.ins().bxor_imm_u(overflow, 1));
        }
        let checked = self.dst_check(dst, &mut conds);
        self.guard_all(conds, pc, learn, checked.then_some(dst));
        self.store_typed(dst, Inline::Int(r));
        self.set_known(dst, Known::Int(r));
    }

    /// Arithmetic on operands of unknown type: the int path, then the float path, then the
    /// interpreter.
    #[allow(clippy::too_many_arguments)]
    fn lower_binary_both(
        &mut self,
        pc: usize,
        bop: B,
        int_ok: bool,
        float_ok: bool,
        dst: Reg,
        a: Reg,
        b: Reg,
    ) {
        let slow = self.b.create_block();
        let check_float = self.b.create_block();
        let done = self.b.create_block();
        let ta = self.tag(a);
        let tb = self.tag(b);
        if int_ok {
            let ints = self.both(ta, tb, TAG_INT);
            let int_block = self.b.create_block();
            self.b.ins().brif(ints, int_block, &[], check_float, &[]);
            self.b.switch_to_block(int_block);
            let x = self.load_int(a);
            let y = self.load_int(b);
            let (r, overflow) = self.int_op(bop, x, y);
            let store = self.b.create_block();
            self.b.ins().brif(overflow, slow, &[], store, &[]);
            self.b.switch_to_block(store);
            self.store(dst, Inline::Int(r));
            self.b.ins().jump(done, &[]);
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
            if bop == B::TrueDiv {
                // Division by zero raises: leave that to the interpreter.
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let divide = self.b.create_block();
                self.b.ins().brif(is_zero, slow, &[], divide, &[]);
                self.b.switch_to_block(divide);
            }
            let r = self.float_op(bop, x, y);
            self.store(dst, Inline::Float(r));
            self.b.ins().jump(done, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.generic_to(pc, done);
    }

    /// Emits the int and float comparison fast paths; goes on in a block whose parameter is
    /// the i8 result, which is returned. Falls into `slow` when neither applies.
    fn compare_fast(&mut self, op: u8, a: Reg, b: Reg, slow: Block) -> Option<ir::Value> {
        if let Some(r) = self.compare_identity(op, a, b, slow) {
            return Some(r);
        }
        let (icc, fcc) = condition_codes(op)?;
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
        Some(self.b.block_params(done)[0])
    }

    /// A comparison of two registers whose types are known (from what is known here, or from
    /// the interpreter's type feedback behind guards): the i8 result, if it is one.
    fn compare_typed(
        &mut self,
        pc: usize,
        op: u8,
        a: Reg,
        b: Reg,
        dst: Option<Reg>,
    ) -> Option<ir::Value> {
        let (icc, fcc) = condition_codes(op)?;
        let fb = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        let (ka, kb) = (self.known.get(&a).copied(), self.known.get(&b).copied());
        let float = match (ka, kb) {
            (Some(Known::Int(x)), Some(Known::Int(y))) => {
                return Some(self.b.ins().icmp(icc, x, y))
            }
            (Some(Known::Float(x)), Some(Known::Float(y))) => {
                return Some(self.b.ins().fcmp(fcc, x, y))
            }
            (Some(Known::Int(_)), Some(Known::Float(_)))
            | (Some(Known::Float(_)), Some(Known::Int(_))) => return None,
            (Some(Known::Float(_)), None) | (None, Some(Known::Float(_))) => true,
            (Some(Known::Int(_)), None) | (None, Some(Known::Int(_))) => false,
            (None, None) => fb == FB_FLOAT,
        };
        // Speculate on the feedback: only int pairs, or only float pairs, seen here.
        if fb != if float { FB_FLOAT } else { FB_INT } {
            return None;
        }
        let (mut conds, mut learn) = (Vec::new(), Vec::new());
        let x = self.operand(a, float, &mut conds, &mut learn);
        let y = self.operand(b, float, &mut conds, &mut learn);
        let checked = match dst {
            Some(d) => self.dst_check(d, &mut conds),
            None => false,
        };
        self.guard_all(conds, pc, learn, dst.filter(|_| checked));
        Some(if float {
            self.b.ins().fcmp(fcc, x, y)
        } else {
            self.b.ins().icmp(icc, x, y)
        })
    }

    pub(crate) fn lower_compare(&mut self, pc: usize, op: u8, dst: Reg, a: Reg, b: Reg) {
        if let Some(result) = self.compare_typed(pc, op, a, b, Some(dst)) {
            self.store(dst, Inline::Bool(result));
            self.forget(dst);
            self.inline.insert(dst);
            return;
        }
        if self.never_ran(pc) {
            return self.generic_writing(pc, dst);
        }
        let saved = self.save_facts();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        match self.compare_fast(op, a, b, slow) {
            Some(result) => {
                self.store(dst, Inline::Bool(result));
                self.b.ins().jump(done, &[]);
            }
            None => {
                self.b.ins().jump(slow, &[]);
            }
        }
        self.b.switch_to_block(slow);
        self.generic_to(pc, done);
        self.restore_facts(saved);
        self.forget(dst);
    }

    pub(crate) fn lower_compare_jump(
        &mut self,
        pc: usize,
        op: u8,
        a: Reg,
        b: Reg,
        target: Block,
        when: bool,
    ) {
        let next = self.b.create_block();
        let (on_true, on_false) = if when { (target, next) } else { (next, target) };
        if let Some(result) = self.compare_typed(pc, op, a, b, None) {
            self.b.ins().brif(result, on_true, &[], on_false, &[]);
            self.b.switch_to_block(next);
            return;
        }
        let slow = self.b.create_block();
        let fast = match self.never_ran(pc) {
            true => None,
            false => self.compare_fast(op, a, b, slow),
        };
        if let Some(result) = fast {
            self.b.ins().brif(result, on_true, &[], on_false, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let r = self.call_helper(
            rt::helper_compare as *const () as usize,
            self.helpers.exec,
            &[pc as i64],
        );
        let is_exit = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, r, 256);
        self.leave_if(is_exit, r);
        self.b.ins().brif(r, on_true, &[], on_false, &[]);
        self.b.switch_to_block(next);
    }

    // ----- list items -----

    /// The value of `reg` if it is a constant register holding an int.
    fn const_int(&self, reg: Reg) -> Option<i64> {
        let r = self.unit.reg();
        let base = r.nregs as usize - r.const_values.len();
        match (reg as usize)
            .checked_sub(base)
            .and_then(|i| r.const_values.get(i))
        {
            Some(PyValue::Int(i)) => Some(*i),
            _ => None,
        }
    }

    /// Whether the interpreter saw only lists subscripted by ints at `pc` (then native code
    /// speculates on it: anything else leaves for the interpreter).
    fn lists_only(&self, pc: usize, obj: Reg) -> bool {
        let fb = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        self.lists.contains_key(&obj) || (fb & FB_LIST != 0 && fb & FB_OTHER == 0)
    }

    /// A `GetItem` whose items were all ints (`false`) or all floats (`true`) in the
    /// interpreter, from lists subscripted by ints: the item is loaded behind one guard on
    /// the index and its tag, and its value is known afterwards.
    fn typed_get_item(&mut self, pc: usize, dst: Reg, obj: Reg, key: Reg) -> bool {
        let fb = self.unit.reg().feedback.get(pc).map_or(0, |c| c.get());
        if fb == FB_LIST | FB_ITEM_BOOL {
            return self.bool_get_item(pc, dst, obj, key);
        }
        let float = match fb {
            x if x == FB_LIST | FB_INT => false,
            x if x == FB_LIST | FB_FLOAT => true,
            _ => return false,
        };
        let tag = if float { TAG_FLOAT } else { TAG_INT };
        let Some(item) = self.typed_item(pc, dst, obj, key, tag) else {
            return false;
        };
        let mem = MemFlagsData::new();
        let k = if float {
            Known::Float(self.b.ins().load(types::F64, mem, item, PAYLOAD_OFFSET))
        } else {
            Known::Int(self.b.ins().load(I64, mem, item, PAYLOAD_OFFSET))
        };
        match k {
            Known::Int(v) => self.store_typed(dst, Inline::Int(v)),
            Known::Float(v) => self.store_typed(dst, Inline::Float(v)),
        }
        self.set_known(dst, k);
        true
    }

    /// The address of list item `key` of `obj`, behind one guard (leaving for the interpreter
    /// at `pc`) on the list, the index, the item's tag being `tag` and, when it can be checked
    /// there, `dst` holding an inline value (then known inline); `None` without a measured
    /// layout.
    fn typed_item(
        &mut self,
        pc: usize,
        dst: Reg,
        obj: Reg,
        key: Reg,
        tag: u8,
    ) -> Option<ir::Value> {
        let layout = rt::list_layout()?;
        let unused = self.b.create_block();
        let (item, in_range) = self.list_item(pc, layout, obj, key, false, true, unused);
        let ts = self.b.ins().load(I64, MemFlagsData::new(), item, 0);
        let is = self.tag_is(ts, tag);
        let mut conds = vec![is, in_range];
        let checked = self.dst_check(dst, &mut conds);
        self.guard_all(conds, pc, Vec::new(), checked.then_some(dst));
        Some(item)
    }

    /// `GetItem` of a list item the interpreter saw only bools at (`sieve`'s flags): guarded
    /// like an int or float item, and known to be a bool after (see `bools`).
    fn bool_get_item(&mut self, pc: usize, dst: Reg, obj: Reg, key: Reg) -> bool {
        let Some(item) = self.typed_item(pc, dst, obj, key, TAG_BOOL) else {
            return false;
        };
        let mem = MemFlagsData::new();
        let byte = self.b.ins().uload8(types::I32, mem, item, BOOL_OFFSET);
        let v = self.b.ins().ireduce(types::I8, byte);
        // Inline already (known, or checked by the guard); what else was known of it goes.
        let inline = self.is_inline(dst);
        self.forget(dst);
        if inline {
            self.inline.insert(dst);
        }
        self.store(dst, Inline::Bool(v));
        true
    }

    /// `GetItem`: a list item copied (its count raised) into `dst`, whose old value is
    /// released; anything but a list and an int in range takes `helper_get_item`.
    pub(crate) fn lower_get_item(&mut self, pc: usize, dst: Reg, obj: Reg, key: Reg) {
        let f = rt::helper_get_item as *const () as usize;
        if self.typed_get_item(pc, dst, obj, key) {
            return;
        }
        let Some(layout) = rt::list_layout().filter(|_| !self.never_ran(pc)) else {
            return self.dedicated(f, &[dst, obj, key], Some(dst), pc);
        };
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let speculate = self.lists_only(pc, obj);
        let (item, in_range) = self.list_item(pc, layout, obj, key, false, speculate, slow);
        self.branch_or(in_range, slow);
        // The copy is owned before the old value goes (`x = x[0]` may free the list).
        let (ts, w1) = self.owned_words(item, 0, MemFlagsData::new());
        self.release_shared(dst);
        self.set_words(dst, ts, w1);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.dedicated_to(f, &[dst, obj, key], Some(dst), pc, done);
        self.forget(dst);
    }

    /// `SetItem`: as `GetItem`, the other way (`helper_set_item`).
    pub(crate) fn lower_set_item(&mut self, pc: usize, obj: Reg, key: Reg, src: Reg) {
        let f = rt::helper_set_item as *const () as usize;
        let Some(layout) = rt::list_layout().filter(|_| !self.never_ran(pc)) else {
            return self.dedicated(f, &[obj, key, src], None, pc);
        };
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let speculate = self.lists_only(pc, obj);
        // Typed code storing an inline value into a list the site only ever saw: anything
        // else (out of range, a counted item to release) leaves for the interpreter, so there
        // is no helper call to join after, and what is known of the list stays true.
        let exit_on_fail = speculate && self.is_inline(src);
        let (item, in_range) = self.list_item(pc, layout, obj, key, true, speculate, slow);
        let mem = MemFlagsData::new();
        let told = self.b.ins().load(I64, mem, item, 0);
        let inline = self.tag_is_inline(told);
        let mut ok = self.b.ins().band(inline, in_range);
        let known = self.known.get(&src).copied();
        if !self.is_inline(src) {
            let ts = self.tag(src);
            let src_ok = self.tag_is_inline(ts);
            ok = self.b.ins().band(ok, src_ok);
        }
        if exit_on_fail {
            self.guard(ok, pc);
        } else {
            self.branch_or(ok, slow);
        }
        let (w0, w1) = match known {
            Some(Known::Int(v)) => (self.b.ins().iconst(I64, i64::from(TAG_INT)), v),
            Some(Known::Float(v)) => {
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                (self.b.ins().iconst(I64, i64::from(TAG_FLOAT)), bits)
            }
            None => {
                let off = src as i32 * SLOT;
                let flags = MemFlagsData::trusted();
                (
                    self.b.ins().load(I64, flags, self.regs, off),
                    self.b.ins().load(I64, flags, self.regs, off + 8),
                )
            }
        };
        self.b.ins().store(mem, w0, item, 0);
        self.b.ins().store(mem, w1, item, 8);
        if exit_on_fail {
            return;
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.dedicated_to(f, &[obj, key, src], None, pc, done);
    }

    /// The address of item `key` of the list in register `obj`, for reading or (`write`) for
    /// replacing it, when `obj` is a list (see `rt::ListLayout`) that is not being written (for
    /// a write: not borrowed at all) and `key` an int in range. Otherwise branches to `slow`;
    /// or, when `speculate`, leaves for the interpreter at `pc` for anything but a list and an
    /// int (and records the list, see `lists`).
    #[allow(clippy::too_many_arguments)]
    fn list_item(
        &mut self,
        pc: usize,
        layout: rt::ListLayout,
        obj: Reg,
        key: Reg,
        write: bool,
        speculate: bool,
        slow: Block,
    ) -> (ir::Value, ir::Value) {
        let list_mem = MemFlagsData::new();
        let known_list = self.lists.get(&obj).copied();
        let (p, i) = match known_list {
            Some((p, free)) => {
                let i = self.guarded(key, false, pc);
                if write && !free {
                    let flag = self.b.ins().load(I64, list_mem, p, layout.borrow);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
                    self.guard(ok, pc);
                    self.lists.insert(obj, (p, true));
                }
                (p, i)
            }
            None if speculate => {
                let t = self.tag(obj);
                let is_list = self.tag_is(t, layout.tag);
                self.guard(is_list, pc);
                let i = self.guarded(key, false, pc);
                let p = self.load_int(obj);
                let flag = self.b.ins().load(I64, list_mem, p, layout.borrow);
                let free = self.borrow_free(flag, write);
                self.guard(free, pc);
                self.lists.insert(obj, (p, write));
                (p, i)
            }
            None => {
                let t = self.tag(obj);
                let mut ok = self.tag_is(t, layout.tag);
                let known_key = match self.known.get(&key) {
                    Some(Known::Int(v)) => Some(*v),
                    _ => None,
                };
                if known_key.is_none() {
                    let tk = self.tag(key);
                    let is_int = self.tag_is(tk, TAG_INT);
                    ok = self.b.ins().band(ok, is_int);
                }
                self.branch_or(ok, slow);
                let i = match known_key {
                    Some(v) => v,
                    None => self.load_int(key),
                };
                let p = self.load_int(obj);
                let flag = self.b.ins().load(I64, list_mem, p, layout.borrow);
                let free = self.borrow_free(flag, write);
                self.branch_or(free, slow);
                (p, i)
            }
        };
        let (len, data) = match self.list_dims.iter().find(|d| d.0 == obj) {
            Some(&(_, len, data)) => (len, data),
            None => {
                let len = self.b.ins().load(I64, list_mem, p, layout.len);
                let data = self.b.ins().load(I64, list_mem, p, layout.ptr);
                if self.lists.get(&obj).is_some_and(|l| l.0 == p) {
                    self.list_dims.push((obj, len, data));
                }
                (len, data)
            }
        };
        let (in_range, item) = match self.const_int(key).filter(|c| *c >= 0) {
            Some(c) => {
                let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, len, c);
                (in_range, self.b.ins().iadd_imm_s(data, c << 4))
            }
            None => {
                let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
                let from_end = self.b.ins().iadd(i, len);
                let idx = self.b.ins().select(negative, from_end, i);
                let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
                let offset = self.b.ins().ishl_imm_u(idx, 4);
                (in_range, self.b.ins().iadd(data, offset))
            }
        };
        // Out of range, the address of a blank slot instead, so the caller can read the item's
        // tag before branching once on everything.
        let blank = self.b.ins().iconst(I64, rt::blank_slot() as i64);
        let item = self.b.ins().select(in_range, item, blank);
        (item, in_range)
    }

    /// Whether a list's borrow flag allows reading (no mutable borrow) or writing (none).
    fn borrow_free(&mut self, flag: ir::Value, write: bool) -> ir::Value {
        if write {
            self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0)
        } else {
            self.b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0)
        }
    }

    /// Goes on in a new block when `ok` holds, else branches to `slow`.
    fn branch_or(&mut self, ok: ir::Value, slow: Block) {
        let go = self.b.create_block();
        self.b.ins().brif(ok, go, &[], slow, &[]);
        self.b.switch_to_block(go);
    }

    // ----- the slab -----

    pub(crate) fn tag(&mut self, reg: Reg) -> ir::Value {
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

    pub(crate) fn tag_is(&mut self, tag: ir::Value, want: u8) -> ir::Value {
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, i64::from(want))
    }

    /// Both operands carry tag `want`.
    fn both(&mut self, ta: ir::Value, tb: ir::Value, want: u8) -> ir::Value {
        let x = self.tag_is(ta, want);
        let y = self.tag_is(tb, want);
        self.b.ins().band(x, y)
    }

    /// Whether a value's tag says it is inline (owns nothing): the inline tags come first,
    /// up to `TAG_FLOAT`.
    fn tag_is_inline(&mut self, tag: ir::Value) -> ir::Value {
        let limit = i64::from(TAG_FLOAT);
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, tag, limit)
    }

    /// Writes an inline value; when the old value may be on the heap, releases it first
    /// (`helper_release`). The register is inline afterwards.
    pub(crate) fn store(&mut self, reg: Reg, v: Inline) {
        let off = reg as i32 * SLOT;
        self.release_heap(reg);
        let flags = MemFlagsData::trusted();
        let tag = match v {
            Inline::Int(x) => {
                self.b
                    .ins()
                    .store(flags, x, self.regs, off + PAYLOAD_OFFSET);
                TAG_INT
            }
            Inline::Float(x) => {
                self.b
                    .ins()
                    .store(flags, x, self.regs, off + PAYLOAD_OFFSET);
                TAG_FLOAT
            }
            Inline::Bool(x) => {
                self.b.ins().store(flags, x, self.regs, off + BOOL_OFFSET);
                TAG_BOOL
            }
            Inline::None => TAG_NONE,
        };
        let t = self.b.ins().iconst(I64, i64::from(tag));
        self.b.ins().store(flags, t, self.regs, off);
        self.inline.insert(reg);
        if tag == TAG_BOOL {
            self.bools.insert(reg);
        } else {
            self.bools.remove(&reg);
        }
    }

    /// Releases register `reg`'s value, before native code writes an inline value there: a
    /// heap value, which typed code rarely meets there, through `helper_release` (the fewest
    /// IR instructions, as compile time wants).
    pub(crate) fn release_heap(&mut self, reg: Reg) {
        if self.is_inline(reg) {
            return;
        }
        let old = self.tag(reg);
        let inline = self.tag_is_inline(old);
        let release = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(inline, done, &[], release, &[]);
        self.b.switch_to_block(release);
        let f = rt::helper_release as *const () as usize as i64;
        let f = self.b.ins().iconst(I64, f);
        let r = self.b.ins().iconst(I64, i64::from(reg));
        self.list_dims.clear();
        self.b
            .ins()
            .call_indirect(self.helpers.release, f, &[self.regs, r]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Releases register `reg`'s value, before native code writes an object there, where an
    /// object is what it likely held: see `release_words`.
    pub(crate) fn release_shared(&mut self, reg: Reg) {
        if self.is_inline(reg) {
            return;
        }
        let old = self.tag(reg);
        let payload = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            self.regs,
            reg as i32 * SLOT + PAYLOAD_OFFSET,
        );
        let done = self.b.create_block();
        self.release_words(old, payload, LastRef::Register(reg), done);
        self.b.switch_to_block(done);
    }

    /// Gives up one reference of the value with words `tag` and `payload` (nothing for an
    /// inline value), then jumps to `done`: a shared value's count goes down in place, as
    /// `Rc`'s drop does while others hold it; the last reference goes through a helper (see
    /// `LastRef`), as its object's drop may run code.
    pub(crate) fn release_words(
        &mut self,
        tag: ir::Value,
        payload: ir::Value,
        last_ref: LastRef,
        done: Block,
    ) {
        let mem = MemFlagsData::trusted();
        let counted = self.is_counted(tag);
        let shared = self.b.create_block();
        let last = self.b.create_block();
        self.b.ins().brif(counted, shared, &[], done, &[]);
        self.b.switch_to_block(shared);
        let count = self.b.ins().load(I64, mem, payload, 0);
        let count = self.b.ins().iadd_imm_s(count, -1);
        self.b.ins().store(mem, count, payload, 0);
        self.b.ins().brif(count, done, &[], last, &[]);
        // The last reference: its count goes back to 1 for the helper's drop to end it.
        self.b.switch_to_block(last);
        let one = self.b.ins().iconst(I64, 1);
        self.b.ins().store(mem, one, payload, 0);
        let (f, args) = match last_ref {
            LastRef::Register(reg) => (
                rt::helper_release as *const () as usize,
                [self.regs, self.b.ins().iconst(I64, i64::from(reg))],
            ),
            LastRef::Drop => (rt::helper_drop_value as *const () as usize, [tag, payload]),
        };
        let f = self.b.ins().iconst(I64, f as i64);
        self.list_dims.clear();
        self.b.ins().call_indirect(self.helpers.release, f, &args);
        self.b.ins().jump(done, &[]);
    }

    pub(crate) fn lower_move(&mut self, dst: Reg, src: Reg) {
        let k = self.known.get(&src).copied();
        let list = self.lists.get(&src).copied();
        let src_inline = self.is_inline(src);
        let src_bool = self.bools.contains(&src);
        if let Some(k) = k {
            // The value known: two stores (and the old value's release, unless inline).
            match k {
                Known::Int(v) => self.store_typed(dst, Inline::Int(v)),
                Known::Float(v) => self.store_typed(dst, Inline::Float(v)),
            }
            self.set_known(dst, k);
            return;
        }
        let flags = MemFlagsData::trusted();
        let ts = self.tag(src);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let both = match (src_inline, self.is_inline(dst)) {
            (true, true) => None,
            (true, false) => {
                let td = self.tag(dst);
                Some(self.tag_is_inline(td))
            }
            (false, true) => Some(self.tag_is_inline(ts)),
            (false, false) => {
                let td = self.tag(dst);
                let a = self.tag_is_inline(ts);
                let c = self.tag_is_inline(td);
                Some(self.b.ins().band(a, c))
            }
        };
        match both {
            Some(both) => {
                self.b.ins().brif(both, fast, &[], slow, &[]);
            }
            None => {
                self.b.ins().jump(fast, &[]);
            }
        }
        self.b.switch_to_block(fast);
        let w1 = self
            .b
            .ins()
            .load(I64, flags, self.regs, src as i32 * SLOT + 8);
        self.b.ins().store(flags, ts, self.regs, dst as i32 * SLOT);
        self.b
            .ins()
            .store(flags, w1, self.regs, dst as i32 * SLOT + 8);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        if both.is_some() {
            let d = self.b.ins().iconst(I64, i64::from(dst));
            let s = self.b.ins().iconst(I64, i64::from(src));
            self.list_dims.clear();
            let f = self
                .b
                .ins()
                .iconst(I64, rt::helper_move as *const () as usize as i64);
            self.b
                .ins()
                .call_indirect(self.helpers.move_, f, &[self.regs, d, s]);
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        // `dst` now holds what `src` holds.
        self.forget(dst);
        if let Some(k) = k {
            self.set_known(dst, k);
        }
        if src_inline {
            self.inline.insert(dst);
        }
        if src_bool {
            self.bools.insert(dst);
        }
        if let Some(l) = list {
            self.lists.insert(dst, l);
        }
    }
}
