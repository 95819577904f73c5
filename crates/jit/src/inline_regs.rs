//! Which registers native code may assume hold inline values before it overwrites them.
//!
//! Writing an int or float over a register that may hold a heap value needs a check and, on
//! the heap side, a call that releases the old value: a call in the middle of straight-line
//! code, which costs register allocation more than anything else in a compile. For a register
//! that only typed arithmetic (or inline constants, or typed list items) ever writes, a heap
//! value there is a type the feedback did not predict, so native code instead adds "the old
//! value is inline" to the guard the instruction has anyway, and leaves for the interpreter
//! when it fails (correct either way; only the speed of the rare case differs).

use ferropy_vm::regcode::{CodeUnit, RInstr, FB_FLOAT, FB_INT, FB_ITEM_BOOL, FB_LIST};
use ferropy_vm::Value as PyValue;

/// Whether an instruction, run natively, only ever writes an inline value to its destination
/// (leaving for the interpreter otherwise), per the lowering's typed paths.
fn typed_writer(unit: &CodeUnit, pc: usize, i: &RInstr) -> bool {
    let fb = unit.reg().feedback.get(pc).map_or(0, |c| c.get());
    match *i {
        RInstr::BinaryOp { op, .. } => crate::policy::binary_is_native(op, fb),
        RInstr::Compare { op, .. } => op <= 5 && (fb == FB_INT || fb == FB_FLOAT),
        RInstr::LoadConst { k, .. } => matches!(
            unit.consts.get(k as usize),
            Some(PyValue::Int(_) | PyValue::Float(_) | PyValue::Bool(_) | PyValue::None)
        ),
        RInstr::GetItem { .. } => {
            fb == FB_LIST | FB_INT || fb == FB_LIST | FB_FLOAT || fb == FB_LIST | FB_ITEM_BOOL
        }
        _ => false,
    }
}

/// The registers an instruction may write, as a range (generously wide where an instruction
/// works on a run of registers).
fn written(i: &RInstr) -> std::ops::Range<usize> {
    use RInstr::*;
    let one = |r: u32| r as usize..r as usize + 1;
    let run = |r: u32, n: u32| r as usize..r as usize + n as usize + 4;
    match *i {
        Nop
        | StoreDeref { .. }
        | DeleteDeref { .. }
        | StoreGlobal { .. }
        | DeleteGlobal { .. }
        | StoreName { .. }
        | DeleteName { .. }
        | StoreAttr { .. }
        | DeleteAttr { .. }
        | SetItem { .. }
        | DeleteItem { .. }
        | CompareJump { .. }
        | ListAppend { .. }
        | SetAdd { .. }
        | MapAdd { .. }
        | ListExtend { .. }
        | SetUpdate { .. }
        | DictUpdate { .. }
        | Jump { .. }
        | JumpIfFalse { .. }
        | JumpIfTrue { .. }
        | Return { .. }
        | Reraise { .. }
        | ImportStar { .. }
        | PrintExpr { .. } => 0..0,
        Move { dst, .. }
        | LoadConst { dst, .. }
        | LoadFastChecked { dst, .. }
        | LoadDeref { dst, .. }
        | LoadClosure { dst, .. }
        | LoadGlobal { dst, .. }
        | LoadName { dst, .. }
        | LoadAttr { dst, .. }
        | GetItem { dst, .. }
        | BinaryOp { dst, .. }
        | UnaryOp { dst, .. }
        | Compare { dst, .. }
        | FormatValue { dst, .. }
        | ListToTuple { dst, .. }
        | GetIter { dst, .. }
        | ForIter { dst, .. }
        | Yield { dst, .. }
        | YieldFrom { dst, .. }
        | CheckExcMatch { dst, .. }
        | LoadAssertionError { dst }
        | LoadBuildClass { dst }
        | ImportFrom { dst, .. } => one(dst),
        DeleteFast { reg } => one(reg),
        PopExcept { prev } => one(prev),
        BuildSlice { dst, start, n } | Build { dst, start, n, .. } => {
            let (lo, hi) = (dst.min(start), dst.max(start) + n);
            lo as usize..hi as usize + 4
        }
        Unpack { src, dst, n } => src.min(dst) as usize..(src.max(dst) + n) as usize + 4,
        UnpackEx {
            start,
            before,
            after,
        } => run(start, before + after),
        Call { dst, func, n } | CallKw { dst, func, n } | CallMethod { dst, func, n } => {
            dst.min(func) as usize..(dst.max(func) + n) as usize + 4
        }
        CallEx { dst, func, .. } => dst.min(func) as usize..dst.max(func) as usize + 4,
        MakeFunction { dst, start, .. } | ImportName { dst, start, .. } => {
            dst.min(start) as usize..dst.max(start) as usize + 8
        }
        Raise { start, n } => run(start, n),
        PushExcInfo { slot } | BeforeWith { slot } => run(slot, 1),
        WithExceptStart { base } => run(base, 4),
        LoadMethod { slot, .. } => run(slot, 1),
    }
}

/// For each register, whether only typed writers write it (and it is not a parameter, whose
/// value comes from the caller): see the module comment.
pub(crate) fn speculate_inline(unit: &CodeUnit) -> Vec<bool> {
    let reg = unit.reg();
    let n = reg.nregs as usize;
    let mut typed = vec![false; n];
    let mut other = vec![false; n];
    for (pc, i) in reg.instrs.iter().enumerate() {
        let w = written(i);
        if w.len() == 1 && typed_writer(unit, pc, i) {
            typed[w.start.min(n.saturating_sub(1))] = true;
        } else {
            for r in w.start.min(n)..w.end.min(n) {
                other[r] = true;
            }
        }
    }
    for h in &reg.handlers {
        if let Some(o) = other.get_mut(h.reg as usize) {
            *o = true;
        }
    }
    let params = unit.code.total_args().min(n);
    other[..params].iter_mut().for_each(|o| *o = true);
    typed.iter().zip(other).map(|(t, o)| *t && !o).collect()
}

/// For each pc, whether it lies in a stretch of straight-line code that never ran in the
/// interpreter before the unit was compiled (`--jit=auto`): a stretch between jump targets
/// and branches whose instructions that record type feedback all recorded none, and not in
/// the body of a loop that contains a loop. Native code
/// leaves for the interpreter at the start of such a stretch instead of compiling it, which
/// keeps compiles small (the code after a hot loop, error paths, branches not taken yet);
/// if it turns hot, the unit's exits count up and it is compiled again (see `jit_support`).
pub(crate) fn cold_stretches(unit: &CodeUnit, entries: &[bool]) -> Vec<bool> {
    let reg = unit.reg();
    let n = reg.instrs.len();
    let mut cold = vec![false; n];
    if !reg.feedback.iter().any(|c| c.get() != 0) {
        return cold;
    }
    let records = |i: &RInstr| {
        matches!(
            i,
            RInstr::BinaryOp { .. }
                | RInstr::Compare { .. }
                | RInstr::CompareJump { .. }
                | RInstr::GetItem { .. }
                | RInstr::SetItem { .. }
        )
    };
    // Code in the body of a loop that contains another loop runs each time the inner loop
    // ends, so it is compiled even when it had not run yet (a unit compiled on the inner
    // loop's first run, as sieve's is, would otherwise leave native code there every time).
    let loops: Vec<std::ops::Range<usize>> = crate::policy::loop_ranges(&reg.instrs).collect();
    let mut outer = vec![false; n];
    for l in &loops {
        let nests = loops
            .iter()
            .any(|m| m != l && l.start <= m.start && m.end <= l.end);
        if nests {
            outer[l.clone()].iter_mut().for_each(|o| *o = true);
        }
    }
    let mut start = 0;
    while start < n {
        // The stretch: up to the next entry point, or through a branch or jump.
        let mut end = start;
        loop {
            let mut i = reg.instrs[end];
            let ends = i.target_mut().is_some()
                || matches!(
                    i,
                    RInstr::Return { .. } | RInstr::Raise { .. } | RInstr::Reraise { .. }
                );
            end += 1;
            if ends || end >= n || entries[end] {
                break;
            }
        }
        let stretch = &reg.instrs[start..end];
        let recorders = stretch.iter().enumerate().filter(|(_, i)| records(i));
        let mut any = false;
        let mut ran = false;
        for (k, _) in recorders {
            any = true;
            ran |= reg.feedback.get(start + k).is_some_and(|c| c.get() != 0);
        }
        if any && !ran && !outer[start] {
            cold[start..end].iter_mut().for_each(|c| *c = true);
        }
        start = end;
    }
    cold
}
