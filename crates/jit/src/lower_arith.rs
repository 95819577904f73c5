//! The arithmetic `lower_ops` does with more than one Cranelift instruction: Python's floor
//! division and modulo, shifts, int true division and float powers, each with the condition
//! under which the interpreter must do it instead.

use crate::lower::{Known, Lowerer, I64};
use crate::lower_ops::Inline;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, InstBuilder};
use ferropy_bytecode::BinaryOperator as B;
use ferropy_vm::jit_support as rt;
use ferropy_vm::regcode::Reg;

impl Lowerer<'_> {
    /// Python's `x // y` or `x % y` for a positive `y` (rounding toward negative infinity),
    /// and the flag "y is not positive". The division runs on a divisor of 1 in that case,
    /// since a hardware division by zero (or of `i64::MIN` by -1) traps.
    pub(crate) fn int_floor_div_mod(
        &mut self,
        bop: B,
        x: ir::Value,
        y: ir::Value,
    ) -> (ir::Value, ir::Value) {
        let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 0);
        let one = self.b.ins().iconst(I64, 1);
        let d = self.b.ins().select(positive, y, one);
        let rem = self.b.ins().srem(x, d);
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rem, 0);
        let r = if bop == B::FloorDiv {
            let q = self.b.ins().sdiv(x, d);
            let adjust = self.b.ins().uextend(I64, negative);
            self.b.ins().isub(q, adjust)
        } else {
            let zero = self.b.ins().iconst(I64, 0);
            let add = self.b.ins().select(negative, d, zero);
            self.b.ins().iadd(rem, add)
        };
        (r, self.b.ins().bxor_imm_u(positive, 1))
    }

    /// `x ** y` on floats as the interpreter's fast path computes it (`f64::powf`) for a
    /// positive base and a finite result, both added to `conds`: a negative or zero base
    /// (complex results, `ZeroDivisionError`) and overflow are the interpreter's. The call is
    /// pure (no frame, no Python code), so what is known of the registers stays true.
    pub(crate) fn float_pow(
        &mut self,
        x: ir::Value,
        y: ir::Value,
        conds: &mut Vec<ir::Value>,
    ) -> ir::Value {
        let zero = self.b.ins().f64const(0.0);
        conds.push(self.b.ins().fcmp(FloatCC::GreaterThan, x, zero));
        let f = rt::helper_float_pow as *const () as usize as i64;
        let f = self.b.ins().iconst(I64, f);
        let call = self.b.ins().call_indirect(self.helpers.pow, f, &[x, y]);
        let r = self.b.inst_results(call)[0];
        let magnitude = self.b.ins().fabs(r);
        let inf = self.b.ins().f64const(f64::INFINITY);
        conds.push(self.b.ins().fcmp(FloatCC::LessThan, magnitude, inf));
        r
    }

    /// `x << y` or `x >> y` for `0 <= y`, and the flag "not done here": a negative count
    /// (an error) or a left shift that leaves the i64 range (a big int) is the interpreter's.
    /// A right shift by 64 or more gives the sign (0 or -1), as Python's does.
    pub(crate) fn int_shift(
        &mut self,
        bop: B,
        x: ir::Value,
        y: ir::Value,
    ) -> (ir::Value, ir::Value) {
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
        let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 63);
        let sixty_three = self.b.ins().iconst(I64, 63);
        let count = self.b.ins().select(big, sixty_three, y);
        if bop == B::RShift {
            return (self.b.ins().sshr(x, count), negative);
        }
        // Shifted out and back, the value must come back unchanged (and a count past 63 fits
        // only 0, which the interpreter handles anyway).
        let r = self.b.ins().ishl(x, count);
        let back = self.b.ins().sshr(r, count);
        let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
        let bad = self.b.ins().bor(negative, big);
        (r, self.b.ins().bor(bad, lost))
    }

    /// `x / y` for ints that a double holds exactly (|x|, |y| <= 2**53) and `y != 0`: the
    /// quotient of the two doubles is then the correctly rounded one Python gives. Other ints
    /// leave for the interpreter.
    pub(crate) fn int_true_div(&mut self, pc: usize, dst: Reg, a: Reg, b: Reg) {
        let (mut conds, mut learn) = (Vec::new(), Vec::new());
        let x = self.operand(a, false, &mut conds, &mut learn);
        let y = self.operand(b, false, &mut conds, &mut learn);
        let limit = 1i64 << 53;
        for v in [x, y] {
            let shifted = self.b.ins().iadd_imm_s(v, limit);
            conds.push(
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, shifted, 2 * limit),
            );
        }
        conds.push(self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0));
        let fx = self.b.ins().fcvt_from_sint(types::F64, x);
        let fy = self.b.ins().fcvt_from_sint(types::F64, y);
        let r = self.b.ins().fdiv(fx, fy);
        let checked = self.dst_check(dst, &mut conds);
        self.guard_all(conds, pc, learn, checked.then_some(dst));
        self.store_typed(dst, Inline::Float(r));
        self.set_known(dst, Known::Float(r));
    }
}
