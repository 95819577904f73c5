//! The verifier: checks a code object before anything runs it, so the interpreter may trust its
//! operands. Every jump target, operand index and exception-table entry must be in range, and the
//! stack depth must be the same along every path into an instruction.

use crate::code::{flags, CodeObject, Constant};
use crate::opcodes::{BinaryOperator, CompareOperator, Instr, OperandKind, UnaryOperator};
use std::fmt;

/// Why a code object was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    pub code_name: String,
    pub pc: Option<usize>,
    pub reason: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pc {
            Some(pc) => write!(f, "{} at {}: {}", self.code_name, pc, self.reason),
            None => write!(f, "{}: {}", self.code_name, self.reason),
        }
    }
}

/// The most locals (and the deepest stack) a code object may have: register numbers
/// (`locals + stack depth + 1`) must fit in a `u32` with room to spare.
pub const MAX_REGISTERS: u32 = 1 << 24;

/// Verifies module code and every code object nested in its constants (in tuples too, since
/// the VM prepares every code object it finds there). Module code has no free variables: it
/// runs without a closure.
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    if !code.freevars.is_empty() {
        return Err(VerifyError {
            code_name: code.qualname.clone(),
            pc: None,
            reason: "module code with free variables".into(),
        });
    }
    verify_nested(code)
}

fn verify_nested(code: &CodeObject) -> Result<(), VerifyError> {
    let fail = |pc: Option<usize>, reason: String| VerifyError {
        code_name: code.qualname.clone(),
        pc,
        reason,
    };
    check_header(code).map_err(|r| fail(None, r))?;
    for (pc, instr) in code.instructions.iter().enumerate() {
        check_operand(code, *instr).map_err(|r| fail(Some(pc), r))?;
    }
    let deepest = check_stack_depths(code, code.max_stack).map_err(|(pc, r)| fail(pc, r))?;
    // The interpreter sizes each frame's registers from `max_stack`: a declared depth beyond
    // what the code reaches would only make every call allocate registers nothing uses.
    if deepest != code.max_stack {
        return Err(fail(
            None,
            format!(
                "max_stack {} but the stack gets {} deep",
                code.max_stack, deepest
            ),
        ));
    }
    for c in &code.constants {
        verify_constant(c)?;
    }
    Ok(())
}

fn verify_constant(c: &Constant) -> Result<(), VerifyError> {
    match c {
        Constant::Code(inner) => verify_nested(inner),
        Constant::Tuple(items) => items.iter().try_for_each(verify_constant),
        _ => Ok(()),
    }
}

fn check_header(code: &CodeObject) -> Result<(), String> {
    if code.flags & !flags::ALL != 0 {
        return Err(format!("unknown flags {:#x}", code.flags));
    }
    if code.max_stack > MAX_REGISTERS || code.varnames.len() > MAX_REGISTERS as usize {
        return Err("too many locals or too deep a stack".into());
    }
    if code.instructions.is_empty() {
        return Err("no instructions".into());
    }
    if code.lines.len() != code.instructions.len() {
        return Err("line table length differs from the instruction count".into());
    }
    if code.posonlyargcount > code.argcount || code.total_args() > code.varnames.len() {
        return Err("argument counts exceed the local variables".into());
    }
    let len = code.instructions.len() as u32;
    for e in &code.exception_table {
        if e.start >= e.end || e.end > len || e.handler >= len || e.depth > code.max_stack {
            return Err(format!("bad exception table entry {e:?}"));
        }
    }
    Ok(())
}

fn check_operand(code: &CodeObject, instr: Instr) -> Result<(), String> {
    let arg = instr.arg as usize;
    let within = |len: usize, what: &str| {
        if arg < len {
            Ok(())
        } else {
            Err(format!(
                "{} operand {} out of range ({} {})",
                instr.op.name(),
                arg,
                len,
                what
            ))
        }
    };
    // Counts the stack effects alone do not pin down: a comprehension's append reaches below
    // its item (never 0 entries), a slice has 2 or 3 parts, `raise` takes at most 2 operands.
    use crate::opcodes::Opcode;
    let count_ok = match instr.op {
        Opcode::ListAppend | Opcode::SetAdd | Opcode::MapAdd => arg >= 1,
        Opcode::BuildSlice => arg == 2 || arg == 3,
        Opcode::RaiseVarargs => arg <= 2,
        _ => true,
    };
    if !count_ok {
        return Err(format!("{} operand {} is invalid", instr.op.name(), arg));
    }
    match instr.op.operand_kind() {
        OperandKind::Const => within(code.constants.len(), "constants"),
        OperandKind::Name => within(code.names.len(), "names"),
        OperandKind::Local => within(code.varnames.len(), "locals"),
        OperandKind::Deref => within(code.cellvars.len() + code.freevars.len(), "cells"),
        OperandKind::Jump => within(code.instructions.len(), "instructions"),
        OperandKind::BinOp => BinaryOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad binary operator".into()),
        OperandKind::CmpOp => CompareOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad comparison operator".into()),
        OperandKind::UnaryOp => UnaryOperator::decode(instr.arg)
            .map(|_| ())
            .ok_or_else(|| "bad unary operator".into()),
        OperandKind::Count | OperandKind::Flags => {
            if instr.arg > 1 << 24 {
                Err("count too large".into())
            } else {
                Ok(())
            }
        }
        OperandKind::None => Ok(()),
    }
}

/// Abstract interpretation over stack depths: each instruction gets one depth, whichever way
/// control reaches it. Returns the offending pc (if any) with the reason.
fn check_stack_depths(code: &CodeObject, max: u32) -> Result<u32, (Option<usize>, String)> {
    let n = code.instructions.len();
    let mut depth_at: Vec<Option<u32>> = vec![None; n];
    let mut work = vec![(0usize, 0u32)];
    for e in &code.exception_table {
        work.push((e.handler as usize, e.depth + 1));
    }
    let mut deepest = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= n {
            return Err((None, "control falls off the end of the code".into()));
        }
        match depth_at[pc] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err((
                    Some(pc),
                    format!("stack depth {depth} here, {d} on another path"),
                ))
            }
            None => depth_at[pc] = Some(depth),
        }
        deepest = deepest.max(depth);
        let instr = code.instructions[pc];
        let mut successor = |effect: (u32, u32), target: usize| {
            let (pops, pushes) = effect;
            if pops > depth {
                return Err((Some(pc), format!("{} pops an empty stack", instr.op.name())));
            }
            let after = depth - pops + pushes;
            if after > max {
                return Err((
                    Some(pc),
                    format!("stack depth {after} exceeds max_stack {max}"),
                ));
            }
            work.push((target, after));
            Ok::<(), (Option<usize>, String)>(())
        };
        let fall = instr.op.stack_effect(instr.arg);
        if let Some(target) = instr.jump_target() {
            let jump = instr.op.jump_stack_effect(instr.arg).unwrap_or(fall);
            successor(jump, target as usize)?;
        }
        if !instr.is_terminator() {
            successor(fall, pc + 1)?;
        } else if fall.0 > depth {
            return Err((Some(pc), format!("{} pops an empty stack", instr.op.name())));
        }
    }
    Ok(deepest)
}

/// The deepest the stack gets in `code`, or why its depths are inconsistent. The compiler uses
/// this to fill in `max_stack`.
pub fn compute_max_stack(code: &CodeObject) -> Result<u32, VerifyError> {
    check_stack_depths(code, u32::MAX).map_err(|(pc, reason)| VerifyError {
        code_name: code.qualname.clone(),
        pc,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcodes::Opcode::*;
    use std::rc::Rc;

    fn code_of(instrs: &[(crate::Opcode, u32)]) -> CodeObject {
        let mut code = CodeObject {
            name: "t".into(),
            qualname: "t".into(),
            instructions: instrs.iter().map(|(op, a)| Instr::new(*op, *a)).collect(),
            lines: vec![1; instrs.len()],
            constants: vec![Constant::None, Constant::Int(1)],
            max_stack: 2,
            ..Default::default()
        };
        if let Ok(depth) = compute_max_stack(&code) {
            code.max_stack = depth;
        }
        code
    }

    #[test]
    fn accepts_balanced_code() {
        let code = code_of(&[
            (LoadConst, 1),
            (PopJumpIfFalse, 3),
            (Nop, 0),
            (LoadConst, 0),
            (ReturnValue, 0),
        ]);
        assert_eq!(verify(&code), Ok(()));
    }

    #[test]
    fn rejects_out_of_range_operands_and_targets() {
        assert!(verify(&code_of(&[(LoadConst, 9), (ReturnValue, 0)])).is_err());
        assert!(verify(&code_of(&[(Jump, 7)])).is_err());
        assert!(verify(&code_of(&[(LoadFast, 0), (ReturnValue, 0)])).is_err());
    }

    #[test]
    fn rejects_mismatched_depths_and_underflow() {
        let join = code_of(&[
            (LoadConst, 1),
            (PopJumpIfTrue, 3),
            (LoadConst, 0),
            (LoadConst, 0),
            (ReturnValue, 0),
        ]);
        assert!(verify(&join).is_err());
        assert!(verify(&code_of(&[(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)])).is_err());
        assert!(
            verify(&code_of(&[(LoadConst, 0), (PopTop, 0)])).is_err(),
            "falls off the end"
        );
    }

    /// `max_stack` sizes every frame's registers: it must be the depth the code reaches, and a
    /// file cannot make a frame allocate gigabytes or overflow register numbers.
    #[test]
    fn max_stack_must_be_the_depth_reached() {
        let mut code = code_of(&[(LoadConst, 0), (ReturnValue, 0)]);
        assert_eq!(verify(&code), Ok(()));
        for bad in [0, 2, 1 << 20, MAX_REGISTERS + 1, u32::MAX - 1, u32::MAX] {
            code.max_stack = bad;
            assert!(verify(&code).is_err(), "max_stack {bad}");
        }
        let mut code = code_of(&[(LoadConst, 0), (ReturnValue, 0)]);
        code.exception_table = vec![crate::ExceptionEntry {
            start: 0,
            end: 1,
            handler: 1,
            depth: 1,
        }];
        assert!(verify(&code).is_err(), "a handler entered above max_stack");
    }

    /// A code object inside a tuple constant is prepared (translated) by the VM like any other,
    /// so it is verified like any other.
    #[test]
    fn code_nested_in_tuple_constants_is_verified() {
        let bad = code_of(&[(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)]);
        assert!(verify(&bad).is_err());
        let mut module = code_of(&[(LoadConst, 0), (ReturnValue, 0)]);
        module.constants.push(Constant::Tuple(vec![
            Constant::Int(1),
            Constant::Tuple(vec![Constant::Code(Rc::new(bad))]),
        ]));
        assert!(verify(&module).is_err());
    }

    #[test]
    fn counts_the_stack_effects_do_not_pin_down_are_checked() {
        // (list, item) then `ListAppend 0`: the list would be read from above the stack.
        let build = |op, arg| {
            let mut instrs = vec![
                (BuildList, 0),
                (LoadConst, 1),
                (LoadConst, 1),
                (LoadConst, 1),
            ];
            instrs.push((op, arg));
            instrs.extend([(PopTop, 0), (LoadConst, 0), (ReturnValue, 0)]);
            instrs
        };
        for (op, good, bad) in [(ListAppend, 1, 0), (SetAdd, 1, 0), (MapAdd, 1, 0)] {
            let mut ok = build(op, good);
            let mut ko = build(op, bad);
            if op == MapAdd {
                ok.remove(1);
                ko.remove(1);
            }
            assert!(verify(&code_of(&ok)).is_ok(), "{op:?} {good}");
            assert!(verify(&code_of(&ko)).is_err(), "{op:?} {bad}");
        }
        for (n, ok) in [(0, false), (1, false), (2, true), (3, true), (4, false)] {
            let mut instrs = vec![(LoadConst, 1); n as usize];
            instrs.extend([(BuildSlice, n), (ReturnValue, 0)]);
            assert_eq!(verify(&code_of(&instrs)).is_ok(), ok, "BuildSlice {n}");
        }
        assert!(verify(&code_of(&[
            (LoadConst, 1),
            (LoadConst, 1),
            (LoadConst, 1),
            (RaiseVarargs, 3)
        ]))
        .is_err());
        assert!(verify(&code_of(&[
            (LoadConst, 1),
            (LoadConst, 1),
            (RaiseVarargs, 2)
        ]))
        .is_ok());
    }

    #[test]
    fn module_code_has_no_free_variables() {
        let mut code = code_of(&[(LoadDeref, 0), (ReturnValue, 0)]);
        code.freevars = vec!["x".into()];
        assert!(verify(&code).is_err());
        // The same code is fine as a function's (its closure supplies the cell).
        let mut module = code_of(&[(LoadConst, 0), (ReturnValue, 0)]);
        module.constants.push(Constant::Code(Rc::new(code)));
        assert_eq!(verify(&module), Ok(()));
    }
}
