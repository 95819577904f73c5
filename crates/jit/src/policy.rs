//! The `--jit=auto` policy: which hot code units native code runs faster than the interpreter.
//!
//! The interpreter runs calls of Python functions without recursing (`inline_call`), enters
//! operator methods of instances the same way, and reaches attributes through inline caches,
//! while native code does all of these through runtime helpers; it is faster at arithmetic and
//! comparisons on ints and floats and at list items. So units are weighed by what their
//! instructions will be in native code, judged from the interpreter's type feedback: an
//! arithmetic instruction whose operands were instances, strings or ints mixed with floats, or
//! whose operator native code does not do inline (`**`, `<<`, `@`, ...), is a helper call like
//! an attribute access (measured: raytrace's `render`, whose vector arithmetic went through
//! `__sub__` and `__mul__` helpers and whose scalar arithmetic mixed ints and floats, ran its
//! whole benchmark 10% slower compiled).

use ferropy_bytecode::BinaryOperator as B;
use ferropy_vm::regcode::{CodeUnit, RInstr, FB_FLOAT, FB_INT, FB_LIST, FB_MIXED, FB_OTHER};

/// What an instruction costs in native code.
#[derive(Clone, Copy, PartialEq)]
enum Cost {
    /// Done inline (arithmetic and comparisons on the types seen, list items, iteration).
    Native,
    /// A runtime helper the interpreter does faster (attributes, calls, generic operators).
    Helper,
    /// Neither (moves, constants, jumps, globals, and what never ran).
    Neutral,
}

/// Whether native code does int operator `bop` inline (`lower_ops`).
pub(crate) fn int_op_is_native(bop: B) -> bool {
    matches!(
        bop,
        B::Add
            | B::Sub
            | B::Mul
            | B::And
            | B::Or
            | B::Xor
            | B::FloorDiv
            | B::Mod
            | B::LShift
            | B::RShift
    )
}

/// Whether native code does float operator `bop` inline (`lower_ops`; `**` through a pure
/// call of `powf`).
pub(crate) fn float_op_is_native(bop: B) -> bool {
    matches!(bop, B::Add | B::Sub | B::Mul | B::TrueDiv | B::Pow)
}

/// Whether native code does binary operator `op` inline on operands with feedback `fb`.
pub(crate) fn binary_is_native(op: u8, fb: u8) -> bool {
    let Some((bop, _)) = B::decode(u32::from(op)) else {
        return false;
    };
    let int_ok = int_op_is_native(bop);
    let float_ok = float_op_is_native(bop);
    let mixed = fb & FB_MIXED != 0 && fb & !(FB_FLOAT | FB_MIXED) == 0;
    // (Int `/` gives a float, natively for ints a double holds exactly.)
    let int_true_div = bop == B::TrueDiv && fb == FB_INT;
    (int_ok && fb == FB_INT) || (float_ok && (fb == FB_FLOAT || mixed)) || int_true_div
}

/// `is` and `is not`, which native code does inline (`lower_is`) for the common variants.
fn is_identity(op: u8) -> bool {
    use ferropy_bytecode::CompareOperator as C;
    op == C::Is as u8 || op == C::IsNot as u8
}

fn cost(unit: &CodeUnit, pc: usize) -> Cost {
    let reg = unit.reg();
    let fb = reg.feedback.get(pc).map_or(0, |c| c.get());
    match reg.instrs[pc] {
        RInstr::Compare { op, .. } | RInstr::CompareJump { op, .. } if is_identity(op) => {
            Cost::Native
        }
        RInstr::BinaryOp { .. } | RInstr::Compare { .. } | RInstr::CompareJump { .. }
            if fb == 0 =>
        {
            Cost::Neutral
        }
        RInstr::BinaryOp { op, .. } if binary_is_native(op, fb) => Cost::Native,
        RInstr::Compare { op, .. } | RInstr::CompareJump { op, .. }
            if op <= 5 && (fb == FB_INT || fb == FB_FLOAT) =>
        {
            Cost::Native
        }
        RInstr::BinaryOp { .. } | RInstr::Compare { .. } | RInstr::CompareJump { .. } => {
            Cost::Helper
        }
        RInstr::GetItem { .. } | RInstr::SetItem { .. } if fb & FB_OTHER != 0 => Cost::Helper,
        RInstr::GetItem { .. } | RInstr::SetItem { .. } if fb & FB_LIST != 0 => Cost::Native,
        RInstr::ForIter { .. } => Cost::Native,
        RInstr::Call { .. } if calls_native(unit, pc) => Cost::Native,
        RInstr::Call { .. } if calls_class(unit, pc) => Cost::Helper,
        RInstr::LoadAttr { name, .. }
            if !ferropy_vm::jit_attrs::attr_loads(unit, name).is_empty() =>
        {
            Cost::Native
        }
        // Native code enters a compiled callee directly, about as fast as the interpreter
        // enters one of its own (measured: richards and nqueens run as fast or faster with
        // their methods compiled).
        RInstr::Call { .. } | RInstr::CallMethod { .. } => Cost::Neutral,
        // Attribute stores and method loads go through the same cache in a helper as in the
        // interpreter (measured: richards runs faster with every method compiled).
        RInstr::StoreAttr { .. } | RInstr::LoadMethod { .. } => Cost::Neutral,
        RInstr::UnaryOp { op, .. } if op == ferropy_bytecode::UnaryOperator::Not as u8 => {
            Cost::Native
        }
        RInstr::LoadAttr { .. } | RInstr::CallKw { .. } | RInstr::UnaryOp { .. } => Cost::Helper,
        _ => Cost::Neutral,
    }
}

/// Whether the `Call` at `pc` calls a global the interpreter found to be a plain function with
/// native code, or this very unit (recursion): native code enters it directly (`call_native`),
/// faster than the interpreter's call of a compiled function.
fn calls_native(unit: &CodeUnit, pc: usize) -> bool {
    let RInstr::Call { n, .. } = unit.reg().instrs[pc] else {
        return false;
    };
    let Some(ferropy_vm::Value::Function(f)) = called_global(unit, pc) else {
        return false;
    };
    let callee = &f.code;
    let recursive = std::ptr::eq(&**callee, unit);
    callee.plain
        && f.closure.is_empty()
        && callee.code.argcount == n
        && (recursive || callee.jitted.get().is_some())
}

/// The value of the global a `Call` at `pc` calls, as the interpreter's cache holds it (when
/// the callee's register was last written by a `LoadGlobal` in the same straight-line code).
fn called_global(unit: &CodeUnit, pc: usize) -> Option<ferropy_vm::Value> {
    let instrs = &unit.reg().instrs;
    let RInstr::Call { func, .. } = instrs[pc] else {
        return None;
    };
    // The last instruction before the call that writes the callee's register.
    let writer = instrs[..pc].iter().rev().find_map(|i| {
        let mut i = *i;
        let w = i.dst_mut().map(|d| *d);
        (w == Some(func) || i.target_mut().is_some()).then_some(i)
    });
    let Some(RInstr::LoadGlobal { name, .. }) = writer else {
        return None;
    };
    let cache = unit.global_cache.borrow();
    cache.get(name as usize)?.as_ref().map(|e| e.3.clone())
}

/// Whether the `Call` at `pc` makes an instance of a class: the interpreter runs its
/// `__init__` in place (`enter_init`), native code through the general call.
fn calls_class(unit: &CodeUnit, pc: usize) -> bool {
    matches!(called_global(unit, pc), Some(ferropy_vm::Value::Type(_)))
}

/// Whether instruction `pc` of a unit without a loop does as well in native code as in the
/// interpreter: local arithmetic (`is_local_arithmetic`) and what `cost` finds native, global
/// loads, and calls (see `cost`).
fn native_without_loop(unit: &CodeUnit, pc: usize) -> bool {
    let i = &unit.reg().instrs[pc];
    let class_call = matches!(i, RInstr::Call { .. }) && calls_class(unit, pc);
    is_local_arithmetic(i)
        || matches!(
            i,
            RInstr::LoadGlobal { .. }
                | RInstr::Call { .. }
                | RInstr::CallMethod { .. }
                | RInstr::StoreAttr { .. }
                | RInstr::LoadMethod { .. }
        ) && !class_call
        || cost(unit, pc) == Cost::Native
}

/// Whether some attribute load of the unit's loops has a cache that has not settled yet (see
/// `jit_attrs::attr_cache_settled`): judged a little later, the unit may compile it inline.
pub(crate) fn feedback_unsettled(unit: &CodeUnit) -> bool {
    let instrs = &unit.reg().instrs;
    in_loops(instrs).into_iter().any(|pc| match instrs[pc] {
        RInstr::LoadAttr { name, .. } => !ferropy_vm::jit_attrs::attr_cache_settled(unit, name),
        _ => false,
    })
}

/// Why `--jit=auto` leaves a hot code unit to the interpreter, if it should. A unit without a
/// loop is compiled only when it is pure arithmetic on locals, which native code does much
/// faster (measured, in instructions: a jitted `Vec.__init__`, `Vec.dot` or `Vec.__add__` made
/// raytrace 14% slower than leaving them to the interpreter, while a jitted `eval_A` makes
/// spectral_norm 10% faster).
pub(crate) fn interpreter_is_faster(unit: &CodeUnit) -> Option<&'static str> {
    let instrs = &unit.reg().instrs;
    // A unit with a loop is compiled even when the loop calls: it may do native arithmetic
    // between calls (measured: spectral_norm's loops calling `eval_A` run 16% faster native).
    let has_loop = loop_ranges(instrs).next().is_some();
    // A loop over a generator: the interpreter resumes the generator's frame in place, native
    // code through a helper each time (measured: generators.py's `pipeline` compiled ran 7%
    // slower). The interpreter marks such a `ForIter` (`FB_OTHER`).
    let over_generator = instrs.iter().enumerate().any(|(pc, i)| {
        matches!(i, RInstr::ForIter { .. })
            && unit
                .reg()
                .feedback
                .get(pc)
                .is_some_and(|c| c.get() & FB_OTHER != 0)
    });
    if over_generator {
        return Some("loop over a generator: the interpreter resumes it in place, faster");
    }
    // The interpreter enters special methods in place, for operators and class calls
    // (`enter_binary`, `enter_init`), which a compiled one would leave to the general call
    // (measured: raytrace's compiled `Vec.__sub__` and `__init__` made it 10% slower).
    let name = unit.code.name.as_str();
    if !has_loop && name.starts_with("__") && name.ends_with("__") {
        return Some("special method without a loop: the interpreter enters it in place");
    }
    if !has_loop && !(0..instrs.len()).all(|pc| native_without_loop(unit, pc)) {
        return Some("no loop and not pure arithmetic: the interpreter enters it faster");
    }
    // An innermost loop mostly made of helpers gains nothing native and pays a helper call for
    // each (measured in instructions: richards' scheduler loops ran 3% and wordcount's 24%
    // slower compiled, while spectral_norm's inner loop, one call beside range iteration and
    // arithmetic, runs 14% faster).
    // The unit as a whole is weighed as well, not counting the calls that set up a loop
    // (`range(n)` before its `GetIter`), and so are all its loops together: nqueens' `solve`
    // (an arithmetic inner loop in an outer loop of method calls, 13 helpers to 5 native
    // instructions) ran 11% slower compiled once the interpreter's calls got cheaper.
    let all: Vec<usize> = (0..instrs.len()).collect();
    let (native, helpers) = work_and_helpers(unit, &all);
    let (inner_native, inner_helpers) =
        innermost_loop(instrs).map_or((1, 0), |r| work_and_helpers(unit, &r.collect::<Vec<_>>()));
    let (loop_native, loop_helpers) = work_and_helpers(unit, &in_loops(instrs));
    if inner_helpers >= inner_native || helpers > native || loop_helpers >= loop_native.max(1) {
        return Some("loop mostly attribute accesses, calls and generic operators: the interpreter does them faster");
    }
    // The interpreter resumes a generator's frame in place (`enter_generator`); native code
    // re-enters through its generator entry at every `next` (measured: generators.py ran 11%
    // slower with its generator functions and expressions compiled).
    use ferropy_bytecode::flags;
    let resumable = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    (unit.code.flags & resumable != 0)
        .then_some("generator: the interpreter resumes its frame in place, faster")
}

/// The pcs of every loop: from a back edge's target through the back edge.
pub(crate) fn loop_ranges(instrs: &[RInstr]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    instrs.iter().enumerate().filter_map(|(pc, i)| {
        let mut i = *i;
        let t = *i.target_mut()? as usize;
        (t <= pc).then_some(t..pc + 1)
    })
}

/// The pcs inside any loop.
fn in_loops(instrs: &[RInstr]) -> Vec<usize> {
    let mut inside = vec![false; instrs.len()];
    for r in loop_ranges(instrs) {
        inside[r].iter_mut().for_each(|x| *x = true);
    }
    (0..instrs.len()).filter(|pc| inside[*pc]).collect()
}

/// The pcs of the shortest loop.
fn innermost_loop(instrs: &[RInstr]) -> Option<std::ops::Range<usize>> {
    loop_ranges(instrs).min_by_key(|r| r.len())
}

/// How many of the instructions at `pcs` native code runs inline, and how many go through
/// helpers the interpreter does faster (a call just before a `GetIter` sets up a loop, and is
/// not counted).
fn work_and_helpers(unit: &CodeUnit, pcs: &[usize]) -> (usize, usize) {
    let instrs = &unit.reg().instrs;
    let mut native = 0;
    let mut helpers = 0;
    for &pc in pcs {
        match cost(unit, pc) {
            Cost::Native => native += 1,
            Cost::Helper
                if !matches!(
                    (instrs[pc], instrs.get(pc + 1)),
                    (RInstr::Call { .. }, Some(RInstr::GetIter { .. }))
                ) =>
            {
                helpers += operator_method_weight(unit, pc)
            }
            _ => {}
        }
    }
    (native, helpers)
}

/// How many helpers an instruction counts for: an operator on instances (`v1 - v2` of a vector
/// class) or a class call (`Vec(x, y, z)`) counts three, since the interpreter enters the
/// operator method or `__init__` in place while native code goes through the general call (measured: raytrace's `render`, compiled once its
/// attribute loads were, made the benchmark 5% slower).
fn operator_method_weight(unit: &CodeUnit, pc: usize) -> usize {
    let fb = unit.reg().feedback.get(pc).map_or(0, |c| c.get());
    match unit.reg().instrs[pc] {
        RInstr::BinaryOp { .. } if fb & FB_OTHER != 0 => 3,
        RInstr::Call { .. } if calls_class(unit, pc) => 3,
        _ => 1,
    }
}

/// Register code native code runs without runtime helpers on the common path.
fn is_local_arithmetic(i: &RInstr) -> bool {
    matches!(
        i,
        RInstr::Nop
            | RInstr::Move { .. }
            | RInstr::LoadConst { .. }
            | RInstr::BinaryOp { .. }
            | RInstr::UnaryOp { .. }
            | RInstr::Compare { .. }
            | RInstr::CompareJump { .. }
            | RInstr::Jump { .. }
            | RInstr::JumpIfFalse { .. }
            | RInstr::JumpIfTrue { .. }
            | RInstr::Return { .. }
    )
}
